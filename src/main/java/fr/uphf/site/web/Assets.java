package fr.uphf.site.web;

import java.util.regex.Pattern;

import fr.uphf.site.shared.ExpressionObject;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The addresses of the site's style sheets and icon, with a hash of their content in the name
 * ({@code /css/site-4f1c….css}, Spring's resource chain): such an address never serves other bytes, so browsers and
 * CDNs may keep it a year, and a new version of the file gets a new address. Templates write
 * {@code ${#assets.url('/css/site.css')}} (an expression object: allowed where Thymeleaf forbids bean references, as in
 * a {@code <link>}'s address); until the resource handlers are known (the page for requests Tomcat rejects is rendered
 * before), the plain address is given.
 */
@Component
public class Assets extends ExpressionObject {

    static final Pattern FINGERPRINTED = Pattern.compile(".*-[0-9a-f]{32}\\.[a-z]+$");

    private final ResourceUrlProvider urls;

    Assets(ResourceUrlProvider urls) {
        super("assets");
        this.urls = urls;
    }

    public String url(String path) {
        String fingerprinted = urls.getForLookupPath(path);
        return fingerprinted == null ? path : fingerprinted;
    }
}
