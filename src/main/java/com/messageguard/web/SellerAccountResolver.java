package com.messageguard.web;

import com.messageguard.account.ApiKeys;
import com.messageguard.account.SellerAccount;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Hands a handler method the caller's {@link SellerAccount}: the one {@link ApiKeyFilter} found
 * for the request's key, or the single account of a service without keys. A request with keys
 * configured but no account is refused rather than given the single account, so a path the filter
 * lets through can never read another account's ledger.
 */
class SellerAccountResolver implements HandlerMethodArgumentResolver {

    private final ApiKeys keys;

    SellerAccountResolver(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == SellerAccount.class;
    }

    @Override
    public SellerAccount resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest request, WebDataBinderFactory binderFactory) {
        Object account = request.getAttribute(SellerAccount.REQUEST_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (account instanceof SellerAccount found) {
            return found;
        }
        if (keys.isEmpty()) {
            return SellerAccount.SINGLE;
        }
        throw new IllegalStateException("API keys are configured but the request carries no account");
    }
}
