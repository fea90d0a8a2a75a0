package fr.uphf.site.seo;

import java.util.ArrayList;
import java.util.List;

import fr.uphf.site.shared.Crumb;
import fr.uphf.site.web.SiteProperties;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.UrlPathHelper;

/**
 * Adds {@link PageMetadata} as {@code meta} to every page the layout renders, once the controller has filled the
 * model: the canonical URL on the configured base URL, and the structured data (the university on the home page, the
 * breadcrumb trail wherever the page has one). Error pages get neither and are marked not to be indexed.
 */
@Component
class PageMetadataInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private final SiteProperties site;
    private final StructuredData structuredData;

    PageMetadataInterceptor(SiteProperties site, StructuredData structuredData) {
        this.site = site;
        this.structuredData = structuredData;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView page) {
        if (page == null || page.getViewName() == null || page.getViewName().startsWith("redirect:")) {
            return;
        }
        if (request.getDispatcherType() == DispatcherType.ERROR || response.getStatus() >= 400) {
            page.addObject("meta", PageMetadata.notIndexed());
            return;
        }
        String path = UrlPathHelper.defaultInstance.getLookupPathForRequest(request);
        String canonicalUrl = site.absolute(path);
        List<String> jsonLd = new ArrayList<>();
        if ("/".equals(path)) {
            jsonLd.add(structuredData.university());
        }
        if (page.getModel().get("breadcrumbs") instanceof List<?> crumbs && !crumbs.isEmpty()) {
            jsonLd.add(structuredData.breadcrumbs(crumbs.stream().map(Crumb.class::cast).toList(), canonicalUrl));
        }
        page.addObject("meta", new PageMetadata(canonicalUrl, true, List.copyOf(jsonLd)));
    }
}
