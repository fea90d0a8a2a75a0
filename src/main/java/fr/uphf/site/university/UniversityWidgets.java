package fr.uphf.site.university;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fr.uphf.site.campus.CampusFacts;
import fr.uphf.site.shared.Widget;
import fr.uphf.site.shared.WidgetSource;
import fr.uphf.site.translation.Translations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Key figures, the timeline of the university's history and its ranking results. */
@Configuration(proxyBeanMethods = false)
class UniversityWidgets {

    /** The results of one edition of one ranking, and the chart of its results by goal (empty without goals). */
    public record Ranking(String name, int year, List<RankingResult> results, GoalChart chart) {
    }

    @Bean
    WidgetSource keyFiguresWidget(KeyFigureRepository figures) {
        return new WidgetSource(Widget.KEY_FIGURES, area -> figures.findAllByOrderBySortOrder());
    }

    @Bean
    WidgetSource timelineWidget(TimelineEventRepository events) {
        return new WidgetSource(Widget.TIMELINE, area -> events.findAllByOrderByYearAscSortOrderAsc());
    }

    /** The campus page tells the events of the university's history that happened there. */
    @Bean
    CampusFacts historyOfCampus(TimelineEventRepository events) {
        return campus -> Map.of("events", events.findByCampusOrderByYearAscSortOrderAsc(campus));
    }

    @Bean
    WidgetSource rankingsWidget(RankingResultRepository rankings, Translations translations) {
        return new WidgetSource(Widget.RANKINGS, area -> rankings.findAllByOrderBySortOrder().stream()
                .collect(Collectors.groupingBy(result -> result.getRanking() + " " + result.getYear(),
                        LinkedHashMap::new, Collectors.toList()))
                .values().stream()
                .map(results -> new Ranking(results.get(0).getRanking(), results.get(0).getYear(), results,
                        chart(results, translations)))
                .toList());
    }

    /** Drawn again at each rendering, in the page's language, from the rows as they are. */
    private static GoalChart chart(List<RankingResult> results, Translations translations) {
        return GoalChart.of(results.stream().filter(result -> result.getGoalNumber() != null)
                .map(result -> new GoalChart.Goal(result.getGoalNumber(), translations.of(result, "goalLabel"),
                        result.getScore(), translations.text(result, "band"), result.getParticipants()))
                .toList());
    }
}
