package fr.uphf.site.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.RelativeRedirectFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The public site's web set-up: the site's address, the security headers on every answer, error pages included,
 * redirects that stay relative, unhandled exceptions logged once, ETags and browser caching of public answers, a 503 when the database is down,
 * connections closed before the site stops, and the address browsers try for an icon sent to the site's SVG icon.
 * Keep this class free of dependencies: the servlet container creates its filters before the rest of the
 * application, so anything they pull in (a repository, the data source) would be created too early.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SiteProperties.class, ShutdownProperties.class})
class WebConfiguration implements WebMvcConfigurer {

    /**
     * Every redirect keeps the relative location it was given ({@code Location: /connexion}): the servlet container
     * would otherwise make it absolute from the request's Host header (always for HTTP/1.0 requests).
     */
    @Bean
    FilterRegistrationBean<RelativeRedirectFilter> relativeRedirectFilter() {
        RelativeRedirectFilter filter = new RelativeRedirectFilter();
        filter.setRedirectStatus(HttpStatus.FOUND);
        FilterRegistrationBean<RelativeRedirectFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    /** ETags, 304s and what browsers and CDNs may keep of the public answers. */
    @Bean
    FilterRegistrationBean<PublicPageCaching> publicPageCaching() {
        FilterRegistrationBean<PublicPageCaching> registration = new FilterRegistrationBean<>(new PublicPageCaching());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
        return registration;
    }

    /** Stopping: every answer tells its client to close its connection before the server stops accepting any. */
    @Bean
    ConnectionDraining connectionDraining(ShutdownProperties shutdown) {
        return new ConnectionDraining(shutdown);
    }

    @Bean
    FilterRegistrationBean<ConnectionDraining> connectionDrainingFilter(ConnectionDraining draining) {
        FilterRegistrationBean<ConnectionDraining> registration = new FilterRegistrationBean<>(draining);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 4);
        return registration;
    }

    /**
     * Outermost: an exception nobody answered is a 400 noted in one line when the client caused it, otherwise a 500
     * logged once with the reference its page shows, never the servlet container's log of it.
     */
    @Bean
    FilterRegistrationBean<UnhandledErrors> unhandledErrors() {
        FilterRegistrationBean<UnhandledErrors> registration = new FilterRegistrationBean<>(new UnhandledErrors());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** A request failing because the database is down or too slow answers 503, not 500. */
    @Bean
    FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter() {
        FilterRegistrationBean<DatabaseOutageFilter> registration = new FilterRegistrationBean<>(new DatabaseOutageFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
        return registration;
    }

    /** The language of every answer comes from its address: French, or English under /en. */
    @Bean
    LocaleResolver localeResolver() {
        return new SiteLocaleResolver();
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/favicon.ico", "/favicon.svg").setStatusCode(HttpStatus.MOVED_PERMANENTLY);
    }
}
