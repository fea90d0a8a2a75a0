package fr.uphf.site.seo;

import java.util.ArrayList;
import java.util.List;

import fr.uphf.site.shared.Crumb;
import fr.uphf.site.shared.Language;
import fr.uphf.site.translation.Addresses;
import fr.uphf.site.web.SiteProperties;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
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
    private final Addresses addresses;

    PageMetadataInterceptor(SiteProperties site, StructuredData structuredData, Addresses addresses) {
        this.site = site;
        this.structuredData = structuredData;
        this.addresses = addresses;
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
        if ("/".equals(path) || Language.ENGLISH_ROOT.equals(path)) {
            jsonLd.add(structuredData.university());
        }
        if (page.getModel().get("breadcrumbs") instanceof List<?> crumbs && !crumbs.isEmpty()) {
            jsonLd.add(structuredData.breadcrumbs(crumbs.stream().map(Crumb.class::cast).toList(), canonicalUrl));
        }
        boolean english = Language.current() == Language.EN;
        // The same page in the other language; none for a French address that has no English twin
        String twin = english ? addresses.french(path).orElse(null) : addresses.english(path);
        if (path.equals(twin)) {
            twin = null;
        }
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        String other = twin == null ? null : twin + query;
        String french = english ? twin : path;
        List<PageMetadata.Alternate> alternates = twin == null || Boolean.FALSE.equals(page.getModel().get("translated"))
                ? List.of()
                : List.of(new PageMetadata.Alternate("fr", site.absolute(french)),
                        new PageMetadata.Alternate("en", site.absolute(english ? path : twin)),
                        new PageMetadata.Alternate("x-default", site.absolute(french)));
        boolean suggested = other != null
                && Language.preferred(request).filter(preferred -> preferred != Language.current()).isPresent();
        if (other != null) {
            response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        }
        page.addObject("meta", new PageMetadata(canonicalUrl, true, List.copyOf(jsonLd), other, alternates, suggested));
    }
}
