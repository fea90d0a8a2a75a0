package fr.uphf.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SecurityHeadersFilterTest {

    private MockHttpServletResponse filter(boolean secure) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setSecure(secure);
        MockHttpServletResponse response = new MockHttpServletResponse();
        new SecurityHeadersFilter().doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void thePolicyAllowsNoInlineOrForeignScriptAndNoFraming() throws Exception {
        String policy = filter(false).getHeader("Content-Security-Policy");
        assertThat(policy).contains("script-src 'self';", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "*");
        MockHttpServletResponse response = filter(false);
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.getHeader("Permissions-Policy")).contains("camera=()", "microphone=()", "geolocation=()");
    }

    @Test
    void httpsOnlyIsDemandedOnlyOverHttps() throws Exception {
        assertThat(filter(false).getHeader("Strict-Transport-Security")).isNull();
        assertThat(filter(true).getHeader("Strict-Transport-Security")).startsWith("max-age=31536000");
    }
}
