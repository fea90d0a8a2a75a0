package fr.uphf.site.legal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The RGAA 4.1 audit grid (docs/accessibilite/rgaa.md, the single source of the accessibility statement), read from its
 * Markdown: the date of the audit, the sample of pages, the 106 criteria with their status, the summary table written
 * in the grid, and the plain words the statement uses for each criterion not met. A grid that does not number its
 * criteria as the RGAA 4.1 does, gives an unknown status, or whose summary disagrees with its rows is refused.
 */
public record AuditGrid(LocalDate auditedOn, List<SampleRole> sample, List<AuditCriterion> criteria,
        Map<String, Wording> wordings) {

    /** How many criteria each of the 13 themes of the RGAA 4.1 has, in order. */
    static final List<Integer> CRITERIA_PER_THEME = List.of(9, 2, 3, 13, 8, 2, 5, 10, 4, 14, 13, 11, 12);

    private static final Pattern AUDIT_DATE = Pattern.compile("Audit interne, outillé, du (\\d{1,2} \\p{L}+ \\d{4})");
    private static final Pattern CRITERION = Pattern.compile("(\\d+)\\.(\\d+)");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern WRITTEN_RATE = Pattern.compile("= \\*\\*(\\d+,\\d) %\\*\\*");
    private static final String SAMPLE = "### 1.1";
    private static final String RESULT = "## 2.";
    private static final String GRID = "## 3.";
    private static final String WORDING = "## 7.";

    /** A role in the sample of pages (home, contact, a page of each area…) in both languages, and its pages. */
    public record SampleRole(String role, String englishRole, List<String> pages) {
    }

    /** What the statement says of a criterion not met, in plain words, in French and in English. */
    public record Wording(String french, String english) {
    }

    public AuditGrid {
        sample = List.copyOf(sample);
        criteria = List.copyOf(criteria);
        wordings = Map.copyOf(wordings);
    }

    /** Reads and checks a grid; every problem found is named in the exception. */
    public static AuditGrid parse(String markdown) {
        Map<String, List<List<String>>> tables = tablesBySection(markdown);
        Matcher date = AUDIT_DATE.matcher(markdown);
        if (!date.find()) {
            throw new IllegalArgumentException("The audit grid gives no date « Audit interne, outillé, du … »");
        }
        List<SampleRole> sample = tables.getOrDefault(SAMPLE, List.of()).stream()
                .map(cells -> new SampleRole(cells.get(0), cells.get(1), codes(cells.get(2))))
                .toList();
        List<AuditCriterion> criteria = tables.getOrDefault(GRID, List.of()).stream()
                .map(AuditGrid::criterion)
                .toList();
        Map<String, Wording> wordings = tables.getOrDefault(WORDING, List.of()).stream()
                .collect(Collectors.toMap(cells -> cells.get(0), cells -> new Wording(cells.get(1), cells.get(2))));
        AuditGrid grid = new AuditGrid(LocalDate.parse(date.group(1),
                DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH)), sample, criteria, wordings);
        List<String> problems = new ArrayList<>(grid.numberingProblems());
        problems.addAll(grid.summaryProblems(tables.getOrDefault(RESULT, List.of()), section(markdown, RESULT)));
        problems.addAll(grid.wordingProblems());
        if (sample.isEmpty()) {
            problems.add("the sample of pages (" + SAMPLE + ") is empty");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("The audit grid is not consistent: " + String.join("; ", problems));
        }
        return grid;
    }

    /** How many criteria have each status (every status present, zero included). */
    public Map<AuditStatus, Long> counts() {
        Map<AuditStatus, Long> counts = new EnumMap<>(AuditStatus.class);
        Arrays.stream(AuditStatus.values()).forEach(status -> counts.put(status, 0L));
        criteria.forEach(criterion -> counts.merge(criterion.status(), 1L, Long::sum));
        return counts;
    }

    /** The counts the statement gives: criteria met, not met (those « à vérifier » included), not applicable. */
    public record Tally(long met, long notMet, long toCheck, long notApplicable) {

        public long applicable() {
            return met + notMet;
        }

        public long total() {
            return applicable() + notApplicable;
        }
    }

    public Tally tally() {
        Map<AuditStatus, Long> counts = counts();
        return new Tally(counts.get(AuditStatus.MET),
                counts.get(AuditStatus.NOT_MET) + counts.get(AuditStatus.TO_CHECK), counts.get(AuditStatus.TO_CHECK),
                counts.get(AuditStatus.NOT_APPLICABLE));
    }

    public long applicable() {
        return criteria.stream().filter(criterion -> criterion.status().applicable()).count();
    }

    public long met() {
        return counts().get(AuditStatus.MET);
    }

    /** The RGAA's overall rate: criteria met ÷ criteria that apply, in per cent, to one decimal. */
    public BigDecimal rate() {
        if (applicable() == 0) {
            return BigDecimal.valueOf(100).setScale(1);
        }
        return BigDecimal.valueOf(met() * 100).divide(BigDecimal.valueOf(applicable()), 1, RoundingMode.HALF_UP);
    }

    public ConformityLevel level() {
        return ConformityLevel.of(met(), applicable());
    }

    /** The criteria not met (« à vérifier » included), in the grid's order, each with what the statement says of it. */
    public List<NotMet> notMet() {
        return criteria.stream().filter(criterion -> criterion.status().applicable()
                        && criterion.status() != AuditStatus.MET)
                .map(criterion -> new NotMet(criterion, wordings.get(criterion.id())))
                .toList();
    }

    /** A criterion not met, and its plain words for visitors. */
    public record NotMet(AuditCriterion criterion, Wording wording) {
    }

    private List<String> numberingProblems() {
        List<String> expected = IntStream.range(0, CRITERIA_PER_THEME.size())
                .boxed()
                .flatMap(theme -> IntStream.rangeClosed(1, CRITERIA_PER_THEME.get(theme))
                        .mapToObj(number -> (theme + 1) + "." + number))
                .toList();
        List<String> found = criteria.stream().map(AuditCriterion::id).toList();
        if (found.equals(expected)) {
            return List.of();
        }
        List<String> missing = expected.stream().filter(id -> !found.contains(id)).toList();
        List<String> extra = found.stream().filter(id -> !expected.contains(id)).toList();
        return List.of("the grid has " + found.size() + " criteria where the RGAA 4.1 has " + expected.size()
                + " numbered in order (missing: " + missing + ", unknown: " + extra + ")");
    }

    private List<String> summaryProblems(List<List<String>> summary, String resultSection) {
        Map<String, String> written = summary.stream().collect(Collectors.toMap(
                cells -> plain(cells.get(0)), cells -> plain(cells.get(1)), (first, second) -> first,
                LinkedHashMap::new));
        List<String> problems = new ArrayList<>();
        counts().forEach((status, count) -> {
            if (!String.valueOf(count).equals(written.get(status.written()))) {
                problems.add("the summary gives « " + written.get(status.written()) + " » criteria "
                        + status.written() + ", the rows " + count);
            }
        });
        if (!String.valueOf(criteria.size()).equals(written.get("total"))) {
            problems.add("the summary's total is « " + written.get("total") + " », the rows " + criteria.size());
        }
        Matcher rate = WRITTEN_RATE.matcher(resultSection);
        String computed = rate().toPlainString().replace('.', ',');
        if (!rate.find() || !rate.group(1).equals(computed)) {
            problems.add("the summary's rate (« = **… %** ») is not the rate of the rows, " + computed + " %");
        }
        return problems;
    }

    private List<String> wordingProblems() {
        List<String> notMet = notMet().stream().map(row -> row.criterion().id()).toList();
        List<String> problems = new ArrayList<>();
        notMet.stream().filter(id -> !wordings.containsKey(id))
                .forEach(id -> problems.add("criterion " + id + " is not met but has no wording for the statement"));
        wordings.keySet().stream().filter(id -> !notMet.contains(id)).sorted()
                .forEach(id -> problems.add("criterion " + id + " has a wording for the statement but is not "
                        + "listed as not met"));
        return problems;
    }

    private static AuditCriterion criterion(List<String> cells) {
        Matcher number = CRITERION.matcher(cells.get(0));
        if (cells.size() != 5 || !number.matches()) {
            throw new IllegalArgumentException("Not a row of the grid: " + cells);
        }
        return new AuditCriterion(Integer.parseInt(number.group(1)), Integer.parseInt(number.group(2)),
                AuditStatus.of(cells.get(2)), cells.get(3), cells.get(4));
    }

    /**
     * The rows of the Markdown tables by section (header and separator lines left out): a table belongs to the
     * numbered subsection it is in (« ### 1.1 »), else to its numbered section (« ## 3. », themes of the grid included).
     */
    private static Map<String, List<List<String>>> tablesBySection(String markdown) {
        Map<String, List<List<String>>> tables = new LinkedHashMap<>();
        String section = "";
        String subsection = null;
        boolean header = true;
        for (String line : markdown.lines().toList()) {
            if (line.startsWith("## ")) {
                section = "## " + firstWord(line);
                subsection = null;
            } else if (line.startsWith("### ")) {
                subsection = firstWord(line).matches("\\d+\\.\\d+") ? "### " + firstWord(line) : null;
            }
            if (!line.startsWith("|")) {
                header = true;
            } else if (header) {
                header = false; // the table's first line names its columns
            } else if (!line.matches("\\|[-| :]+\\|")) {
                tables.computeIfAbsent(subsection != null ? subsection : section, key -> new ArrayList<>())
                        .add(cells(line));
            }
        }
        return tables;
    }

    private static String firstWord(String heading) {
        return heading.substring(heading.indexOf(' ')).strip().split(" ")[0];
    }

    private static String section(String markdown, String heading) {
        int start = markdown.indexOf("\n" + heading);
        int end = markdown.indexOf("\n## ", start + 1);
        return start < 0 ? "" : markdown.substring(start, end < 0 ? markdown.length() : end);
    }

    private static List<String> cells(String line) {
        String inner = line.strip();
        inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
        return Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
    }

    private static List<String> codes(String cell) {
        List<String> codes = new ArrayList<>();
        Matcher code = CODE.matcher(cell);
        while (code.find()) {
            codes.add(code.group(1));
        }
        return codes;
    }

    private static String plain(String cell) {
        return cell.replace("*", "").strip();
    }
}
