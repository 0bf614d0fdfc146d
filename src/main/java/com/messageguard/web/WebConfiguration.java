package com.messageguard.web;

import com.messageguard.account.ApiKeys;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets handler methods take the caller's seller account as a parameter. */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    private final ApiKeys keys;

    public WebConfiguration(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new SellerAccountResolver(keys));
    }
}
