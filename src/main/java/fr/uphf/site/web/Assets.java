package fr.uphf.site.web;

import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * The addresses of the site's style sheets and icon, with a hash of their content in the name
 * ({@code /css/site-4f1c….css}, Spring's resource chain): such an address never serves other bytes, so browsers and
 * CDNs may keep it a year, and a new version of the file gets a new address. Templates write
 * {@code ${#assets.url('/css/site.css')}} (an expression object: allowed where Thymeleaf forbids bean references, as in
 * a {@code <link>}'s address); until the resource handlers are known (the page for requests Tomcat rejects is rendered
 * before), the plain address is given.
 */
@Component
public class Assets extends AbstractDialect implements IExpressionObjectDialect {

    static final Pattern FINGERPRINTED = Pattern.compile(".*-[0-9a-f]{32}\\.[a-z]+$");

    private final ResourceUrlProvider urls;

    Assets(ResourceUrlProvider urls) {
        super("assets");
        this.urls = urls;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("assets");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return Assets.this;
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }

    public String url(String path) {
        String fingerprinted = urls.getForLookupPath(path);
        return fingerprinted == null ? path : fingerprinted;
    }
}
