package fr.uphf.site.web;

import java.net.URI;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where the public site lives, as search engines and shared links must name it: the base of canonical URLs, the
 * sitemap and the structured data. Set {@code uphf.site.base-url} (or {@code UPHF_SITE_BASE_URL}) in production.
 */
@Validated
@ConfigurationProperties("uphf.site")
public record SiteProperties(@NotNull @DefaultValue("http://localhost:8080") URI baseUrl) {

    /** The absolute URL of a path of the site, such as {@code /campus}. */
    public String absolute(String path) {
        return UriComponentsBuilder.fromUri(baseUrl).path(path).build().encode().toUriString();
    }
}
