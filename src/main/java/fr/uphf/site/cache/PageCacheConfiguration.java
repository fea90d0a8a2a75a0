package fr.uphf.site.cache;

import java.time.Clock;
import java.util.EnumSet;

import javax.sql.DataSource;

import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The page cache: the cache itself ({@code uphf.page-cache.max-size}, 32 MB by default), the filter in front of
 * every other, the watched data source, the listener for other instances' changes, and its metrics.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PageCacheConfiguration.PageCacheProperties.class)
class PageCacheConfiguration implements WebMvcConfigurer {

    @ConfigurationProperties("uphf.page-cache")
    record PageCacheProperties(@DefaultValue("32MB") DataSize maxSize) {
    }

    @Bean
    PageCache pageCache(PageCacheProperties properties) {
        return new PageCache(properties.maxSize().toBytes());
    }

    @Bean
    static BeanPostProcessor observedDataSource(ObjectProvider<PageCache> cache) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource dataSource && !(bean instanceof ObservedDataSource)
                        ? new ObservedDataSource(dataSource, cache.getObject())
                        : bean;
            }
        };
    }

    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache, LocaleResolver localeResolver, Clock clock) {
        FilterRegistrationBean<PageCacheFilter> registration =
                new FilterRegistrationBean<>(new PageCacheFilter(cache, localeResolver, clock));
        registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    ContentChangeListener contentChangeListener(DataSource dataSource, PageCache cache) {
        return new ContentChangeListener(dataSource, cache);
    }

    @Bean
    MeterBinder pageCacheMetrics(PageCache cache) {
        return registry -> CaffeineCacheMetrics.monitor(registry, cache.pages(), "pages");
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (handler instanceof HandlerMethod method && (method.hasMethodAnnotation(NotCached.class)
                        || method.getBeanType().isAnnotationPresent(NotCached.class))) {
                    request.setAttribute(PageCacheFilter.NOT_CACHED, true);
                }
                return true;
            }
        });
    }
}
