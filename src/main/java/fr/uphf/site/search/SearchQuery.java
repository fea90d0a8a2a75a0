package fr.uphf.site.search;

/**
 * What a visitor asked for: the words typed, tidied so that any input can be searched (no control characters, at most
 * {@value #MAX_LENGTH} characters, cut between two words when possible), and the page of results, 1 when the page
 * parameter is missing or not a number.
 */
public record SearchQuery(String words, int page) {

    static final int MAX_LENGTH = 200;
    static final int PAGE_SIZE = 10;
    private static final int MAX_PAGE = 10_000;

    static SearchQuery of(String words, String page) {
        return new SearchQuery(tidy(words), pageNumber(page));
    }

    public boolean isBlank() {
        return words.isEmpty();
    }

    int offset() {
        return (page - 1) * PAGE_SIZE;
    }

    private static String tidy(String words) {
        if (words == null) {
            return "";
        }
        // (?U): every Unicode space (no-break, ideographic…) is a space, not only ASCII ones.
        String tidy = words.replaceAll("(?U)[\\p{Cc}\\p{Cs}\\s]+", " ").strip();
        if (tidy.codePointCount(0, tidy.length()) <= MAX_LENGTH) {
            return tidy;
        }
        int end = tidy.offsetByCodePoints(0, MAX_LENGTH);
        int lastSpace = tidy.lastIndexOf(' ', end);
        return tidy.substring(0, lastSpace > 0 ? lastSpace : end).strip();
    }

    private static int pageNumber(String page) {
        if (page == null || !page.strip().matches("\\d{1,5}")) {
            return 1;
        }
        return Math.min(Math.max(Integer.parseInt(page.strip()), 1), MAX_PAGE);
    }
}
