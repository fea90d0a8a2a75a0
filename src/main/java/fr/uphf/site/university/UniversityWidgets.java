package fr.uphf.site.university;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fr.uphf.site.campus.CampusFacts;
import fr.uphf.site.shared.Widget;
import fr.uphf.site.shared.WidgetSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Key figures, the timeline of the university's history and its ranking results. */
@Configuration(proxyBeanMethods = false)
class UniversityWidgets {

    /** The results of one edition of one ranking. */
    public record Ranking(String name, int year, List<RankingResult> results) {
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
    WidgetSource rankingsWidget(RankingResultRepository rankings) {
        return new WidgetSource(Widget.RANKINGS, area -> rankings.findAllByOrderBySortOrder().stream()
                .collect(Collectors.groupingBy(result -> result.getRanking() + " " + result.getYear(),
                        LinkedHashMap::new, Collectors.toList()))
                .values().stream()
                .map(results -> new Ranking(results.get(0).getRanking(), results.get(0).getYear(), results))
                .toList());
    }
}
