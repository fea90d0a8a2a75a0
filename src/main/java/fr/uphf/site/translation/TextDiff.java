package fr.uphf.site.translation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * What changed in a text, line by line (java-diff-utils), and word by word inside a changed line: the lines around a
 * change are kept for context, longer runs of unchanged lines are counted instead. Plain text parts, for a template to
 * print (escaped) inside {@code <del>} and {@code <ins>}: no HTML is built here.
 */
public record TextDiff(List<Line> lines) {

    /** How many unchanged lines are kept before and after a change. */
    static final int CONTEXT = 1;

    /** Words, runs of spaces and single signs: joined back together, they give the line again. */
    private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");

    public enum Change { SAME, DELETED, ADDED }

    /** A line: unchanged, changed (its parts say what), deleted, added, or unchanged lines left out ({@code skipped}). */
    public enum Kind { SAME, CHANGED, DELETED, ADDED, SKIPPED }

    public record Part(String text, Change change) {

        public boolean deleted() {
            return change == Change.DELETED;
        }

        public boolean added() {
            return change == Change.ADDED;
        }
    }

    public record Line(Kind kind, List<Part> parts, int skipped) {

        public boolean empty() {
            return parts.stream().allMatch(part -> part.text().isBlank());
        }
    }

    /** Whether anything but line endings changed. */
    public boolean hasChanges() {
        return lines.stream().anyMatch(line -> line.kind() != Kind.SAME && line.kind() != Kind.SKIPPED);
    }

    public static TextDiff of(String before, String after) {
        List<String> old = lines(before);
        List<String> now = lines(after);
        List<Line> all = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(old, now).getDeltas()) {
            for (; position < delta.getSource().getPosition(); position++) {
                all.add(same(old.get(position)));
            }
            List<String> deleted = delta.getSource().getLines();
            List<String> added = delta.getTarget().getLines();
            int paired = Math.min(deleted.size(), added.size());
            for (int i = 0; i < paired; i++) {
                all.add(new Line(Kind.CHANGED, words(deleted.get(i), added.get(i)), 0));
            }
            deleted.subList(paired, deleted.size())
                    .forEach(line -> all.add(new Line(Kind.DELETED, List.of(new Part(line, Change.DELETED)), 0)));
            added.subList(paired, added.size())
                    .forEach(line -> all.add(new Line(Kind.ADDED, List.of(new Part(line, Change.ADDED)), 0)));
            position += deleted.size();
        }
        for (; position < old.size(); position++) {
            all.add(same(old.get(position)));
        }
        return new TextDiff(withContext(all));
    }

    private static Line same(String text) {
        return new Line(Kind.SAME, List.of(new Part(text, Change.SAME)), 0);
    }

    /** The parts of a changed line: the words kept, deleted and added, neighbours of one kind joined. */
    private static List<Part> words(String before, String after) {
        List<String> old = tokens(before);
        List<String> now = tokens(after);
        List<Part> parts = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(old, now).getDeltas()) {
            for (; position < delta.getSource().getPosition(); position++) {
                add(parts, old.get(position), Change.SAME);
            }
            delta.getSource().getLines().forEach(token -> add(parts, token, Change.DELETED));
            delta.getTarget().getLines().forEach(token -> add(parts, token, Change.ADDED));
            position += delta.getSource().size();
        }
        for (; position < old.size(); position++) {
            add(parts, old.get(position), Change.SAME);
        }
        return parts;
    }

    private static void add(List<Part> parts, String token, Change change) {
        if (!parts.isEmpty() && parts.get(parts.size() - 1).change() == change) {
            Part last = parts.remove(parts.size() - 1);
            parts.add(new Part(last.text() + token, change));
        } else {
            parts.add(new Part(token, change));
        }
    }

    /**
     * Unchanged lines further than {@link #CONTEXT} from any change are left out, each run of them counted as one line;
     * a run of a single line is shown, which takes no more room than saying so.
     */
    private static List<Line> withContext(List<Line> all) {
        boolean[] kept = new boolean[all.size()];
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).kind() != Kind.SAME) {
                for (int j = Math.max(0, i - CONTEXT); j <= Math.min(all.size() - 1, i + CONTEXT); j++) {
                    kept[j] = true;
                }
            }
        }
        List<Line> shown = new ArrayList<>();
        int run = 0;
        for (int i = 0; i <= all.size(); i++) {
            if (i < all.size() && !kept[i]) {
                run++;
                continue;
            }
            if (run == 1) {
                shown.add(all.get(i - 1));
            } else if (run > 1) {
                shown.add(new Line(Kind.SKIPPED, List.of(), run));
            }
            run = 0;
            if (i < all.size()) {
                shown.add(all.get(i));
            }
        }
        return shown;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().toList();
    }

    private static List<String> tokens(String line) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(line);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }
}
