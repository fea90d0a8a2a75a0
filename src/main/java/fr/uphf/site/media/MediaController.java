package fr.uphf.site.media;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import fr.uphf.site.cache.NotCached;
import fr.uphf.site.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Serves the media library's files. A medium's own address ({@code /medias/plan-du-campus}) serves its current file
 * (an image's largest variant), kept by browsers a minute like the pages; the variants' addresses carry the
 * fingerprint of the file and are kept a year; an outdated fingerprint (a page kept from before the file was replaced)
 * is sent to the current file. Not kept in the page cache: its memory is for pages.
 */
@Controller
@NotCached
class MediaController {

    private static final String SLUG = "{slug:[a-z0-9]+(?:-[a-z0-9]+)*}";

    private final MediaFiles files;

    MediaController(MediaFiles files) {
        this.files = files;
    }

    @GetMapping("/medias/" + SLUG)
    ResponseEntity<byte[]> file(@PathVariable String slug, HttpServletRequest request) {
        MediaFiles.Content content = files.main(slug).orElseThrow(() -> new NotFoundException("média " + slug));
        ShallowEtagHeaderFilter.disableContentCaching(request);
        return ResponseEntity.ok().eTag(content.fingerprint())
                .contentType(MediaType.parseMediaType(content.format().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(content.originalName(), StandardCharsets.UTF_8).build().toString())
                .body(content.bytes());
    }

    @GetMapping("/medias/" + SLUG + "/{fingerprint:[0-9a-f]{10}}/{width:\\d{1,5}}.{extension:[a-z]{3,4}}")
    ResponseEntity<byte[]> variant(@PathVariable String slug, @PathVariable String fingerprint, @PathVariable int width,
            @PathVariable String extension, HttpServletRequest request) {
        MediaFormat format = MediaFormat.ofExtension(extension).orElseThrow(() -> new NotFoundException(extension));
        MediaFiles.Content content = files.content(slug, width, format)
                .orElseThrow(() -> new NotFoundException("média " + slug + " " + width));
        if (!content.fingerprint().equals(fingerprint)) {
            return ResponseEntity.status(HttpStatus.FOUND)
                    .location(java.net.URI.create(Media.ROOT + slug + "/" + content.fingerprint() + "/" + width + "." + extension))
                    .build();
        }
        ShallowEtagHeaderFilter.disableContentCaching(request);
        return ResponseEntity.ok().eTag(fingerprint)
                .cacheControl(CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable())
                .contentType(MediaType.parseMediaType(format.contentType()))
                .body(content.bytes());
    }
}
