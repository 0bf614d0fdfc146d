package com.messageguard.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The playground (README, Playground): one static page at {@code /} with its stylesheet and
 * script, from {@code classpath:/static/}. Only these files are mapped
 * ({@code spring.web.resources.add-mappings} stays off), so every other path is still a 404
 * problem. They hold no secrets and are served without an API key; the page sends the key a person
 * types in with its own requests.
 */
@Configuration(proxyBeanMethods = false)
public class PlaygroundConfiguration implements WebMvcConfigurer {

    static final List<String> FILES = List.of("index.html", "playground.css", "playground.js");

    /** A GET or HEAD of {@code /} or one of the playground's files: open without an API key. */
    static boolean isPlayground(HttpServletRequest request) {
        String method = request.getMethod();
        String path = request.getRequestURI();
        return ("GET".equals(method) || "HEAD".equals(method))
                && (path.equals("/") || path.startsWith("/") && FILES.contains(path.substring(1)));
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/").setViewName("forward:/index.html");
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String file : FILES) {
            // A capture, not the bare path: the handler serves what a pattern's variables match,
            // and an exact pattern matches nothing of the path.
            registry.addResourceHandler("/{file:" + file.replace(".", "\\.") + "}")
                    .addResourceLocations("classpath:/static/")
                    // Revalidated on every load, so a new version of the service shows its new page.
                    .setCacheControl(CacheControl.noCache());
        }
    }
}
