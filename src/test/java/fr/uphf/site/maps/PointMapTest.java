package fr.uphf.site.maps;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fr.uphf.site.maps.PointMap.Box;
import fr.uphf.site.maps.PointMap.Place;
import fr.uphf.site.maps.PointMap.Point;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The projection and the placement of points and names, on the committed outlines and on coordinates looked up on a
 * map for this test (not read from the migration), so that a wrong sign or a swapped axis shows.
 */
class PointMapTest {

    private static final Basemaps BASEMAPS = new Basemaps(JsonMapper.builder().build());

    private static Place place(String name, double latitude, double longitude) {
        return new Place("/" + name, name, null, null, latitude, longitude);
    }

    private static final List<Place> CAMPUSES = List.of(
            place("Valenciennes – Mont Houy", 50.325, 3.514),
            place("Valenciennes – Les Tertiales-Ronzier", 50.357, 3.521),
            place("Cambrai", 50.175, 3.236),
            place("Maubeuge", 50.280, 3.968),
            place("Arenberg", 50.376, 3.408));

    private static final List<Place> PARTNERS = List.of(
            place("Poznań", 52.41, 16.93), place("Vaasa", 63.10, 21.62), place("Santander", 43.46, -3.81),
            place("Catania", 37.51, 15.08), place("Mons", 50.45, 3.95), place("Valenciennes", 50.325, 3.514),
            place("Cottbus", 51.76, 14.33), place("Tripoli", 37.51, 22.38), place("Viseu", 40.66, -7.91),
            place("Karlstad", 59.40, 13.51));

    private static Map<String, Point> byName(PointMap map) {
        return map.points().stream().collect(Collectors.toMap(point -> point.place().name(), point -> point));
    }

    private static double x(Point point) {
        return Double.parseDouble(point.x());
    }

    private static double y(Point point) {
        return Double.parseDouble(point.y());
    }

    private static double[] size(Basemap basemap) {
        String[] box = basemap.viewBox().split(" ");
        return new double[] {Double.parseDouble(box[2]), Double.parseDouble(box[3])};
    }

    @Test
    void theCampusesStandWhereTheyAreOneToAnotherInsideTheDrawing() {
        PointMap map = PointMap.of(BASEMAPS.hautsDeFrance(), CAMPUSES);
        Map<String, Point> points = byName(map);
        assertThat(points).hasSize(5);
        Point montHouy = points.get("Valenciennes – Mont Houy");
        Point tertiales = points.get("Valenciennes – Les Tertiales-Ronzier");
        Point cambrai = points.get("Cambrai");
        Point maubeuge = points.get("Maubeuge");
        Point arenberg = points.get("Arenberg");
        assertThat(x(montHouy)).as("Valenciennes east of Cambrai").isGreaterThan(x(cambrai));
        assertThat(x(maubeuge)).as("Maubeuge east of Valenciennes").isGreaterThan(x(montHouy));
        assertThat(y(cambrai)).as("Cambrai south of Valenciennes").isGreaterThan(y(montHouy));
        assertThat(y(tertiales)).as("the Tertiales north of the Mont Houy").isLessThan(y(montHouy));
        assertThat(x(arenberg)).as("Arenberg west of Valenciennes").isLessThan(x(tertiales));
        assertThat(y(arenberg)).as("Arenberg north of the Mont Houy").isLessThan(y(montHouy));
        // Cambrai–Maubeuge is about 52 km east-west, Cambrai–Arenberg about 23 km north-south: the same scale both ways.
        double eastWest = x(maubeuge) - x(cambrai);
        double northSouth = y(cambrai) - y(arenberg);
        assertThat(eastWest / northSouth).isCloseTo(52.4 / 22.4, within(0.15));
        everyPointAndNameIsInsideAndNoNameOverlaps(map);
    }

    @Test
    void thePartnersStandWhereTheyAreInEuropeInsideTheDrawing() {
        PointMap map = PointMap.of(BASEMAPS.europe(), PARTNERS);
        Map<String, Point> points = byName(map);
        assertThat(points).hasSize(10);
        assertThat(x(points.get("Viseu"))).isLessThan(x(points.get("Santander")));
        assertThat(x(points.get("Santander"))).isLessThan(x(points.get("Valenciennes")));
        assertThat(x(points.get("Valenciennes"))).isLessThan(x(points.get("Mons")));
        assertThat(x(points.get("Cottbus"))).isLessThan(x(points.get("Poznań")));
        assertThat(x(points.get("Tripoli"))).isGreaterThan(x(points.get("Catania")));
        assertThat(y(points.get("Vaasa"))).isLessThan(y(points.get("Karlstad")));
        assertThat(y(points.get("Karlstad"))).isLessThan(y(points.get("Poznań")));
        assertThat(y(points.get("Catania"))).isGreaterThan(y(points.get("Viseu")));
        everyPointAndNameIsInsideAndNoNameOverlaps(map);
    }

    private static void everyPointAndNameIsInsideAndNoNameOverlaps(PointMap map) {
        double[] size = size(map.basemap());
        List<Box> names = new ArrayList<>();
        for (Point point : map.points()) {
            assertThat(x(point)).isBetween(PointMap.MARKER_RADIUS, size[0] - PointMap.MARKER_RADIUS);
            assertThat(y(point)).isBetween(PointMap.MARKER_RADIUS, size[1] - PointMap.MARKER_RADIUS);
            Box box = point.box();
            assertThat(box.left()).isGreaterThanOrEqualTo(0);
            assertThat(box.top()).isGreaterThanOrEqualTo(0);
            assertThat(box.right()).isLessThanOrEqualTo(size[0]);
            assertThat(box.bottom()).isLessThanOrEqualTo(size[1]);
            assertThat(box.right() - box.left()).as(point.place().name())
                    .isEqualTo(point.lines().stream().mapToInt(line -> line.text().length()).max().orElseThrow()
                            * PointMap.CHARACTER_WIDTH, within(0.01));
            names.forEach(other -> assertThat(box.overlaps(other)).as(point.place().name() + " over " + other).isFalse());
            for (Point marker : map.points()) {
                double r = PointMap.MARKER_RADIUS;
                assertThat(box.overlaps(new Box(x(marker) - r, y(marker) - r, x(marker) + r, y(marker) + r)))
                        .as(point.place().name() + " over the marker of " + marker.place().name()).isFalse();
            }
            names.add(box);
        }
    }

    @Test
    void crowdedPlacesGetTheirNamesSetApartWithALineToTheirMarker() {
        List<Place> crowded = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            crowded.add(place("Site numéro " + i, 50.30 + i * 0.01, 3.50 + i * 0.01));
        }
        PointMap map = PointMap.of(BASEMAPS.hautsDeFrance(), crowded);
        everyPointAndNameIsInsideAndNoNameOverlaps(map);
        assertThat(map.points()).anySatisfy(point -> assertThat(point.leader()).isNotNull());
        assertThat(map.points().get(0).leader()).as("the first place keeps its name beside it").isNull();
    }

    @Test
    void placesWithoutCoordinatesOrOutsideTheFrameAreLeftOff() {
        PointMap map = PointMap.of(BASEMAPS.hautsDeFrance(), List.of(place("Lille", 50.63, 3.06),
                new Place("/x", "Inconnu", null, null, null, 3.5), place("Cambrai", 50.175, 3.236)));
        assertThat(map.points()).extracting(point -> point.place().name()).containsExactly("Cambrai");
    }

    @Test
    void namesBreakAfterTheDashThenBetweenWords() {
        assertThat(PointMap.wrap("Valenciennes – Les Tertiales-Ronzier"))
                .containsExactly("Valenciennes –", "Les Tertiales-Ronzier");
        assertThat(PointMap.wrap("Université de Technologie de Poznan"))
                .containsExactly("Université de", "Technologie de Poznan");
        assertThat(PointMap.wrap("Cambrai")).containsExactly("Cambrai");
    }

    @Test
    void theOutlinesAreProjectedLikeThePointsAndStayInTheDrawing() {
        Basemap europe = BASEMAPS.europe();
        assertThat(europe.countries()).hasSizeGreaterThan(30);
        assertThat(europe.viewBox()).startsWith("0 0 360 ");
        Projection projection = europe.projection();
        assertThat(projection.x(projection.west())).isZero();
        assertThat(projection.x(projection.east())).isCloseTo(360, within(1e-9));
        assertThat(projection.y(projection.north())).isZero();
        assertThat(projection.y(projection.south())).isCloseTo(projection.height(), within(1e-9));
        Basemap area = BASEMAPS.hautsDeFrance();
        assertThat(area.countries()).hasSize(2);
        double[] size = size(area);
        for (String path : area.countries()) {
            double x = 0;
            double y = 0;
            for (String ring : path.split("z")) {
                String[] start = ring.substring(1, ring.indexOf('l')).split(" ");
                x = Double.parseDouble(start[0]);
                y = Double.parseDouble(start[1]);
                String[] steps = ring.substring(ring.indexOf('l') + 1).split(" ");
                for (int i = 0; i + 1 < steps.length; i += 2) {
                    x += Double.parseDouble(steps[i]);
                    y += Double.parseDouble(steps[i + 1]);
                    assertThat(x).isBetween(-0.5, size[0] + 0.5);
                    assertThat(y).isBetween(-0.5, size[1] + 0.5);
                }
            }
        }
        assertThat(Basemap.path(new Basemap.Country("carré", List.of(new double[] {
                projection.west(), projection.north(), projection.east(), projection.north(),
                projection.east(), projection.south()})), projection))
                .isEqualTo("M0 0l360 0 0 " + Math.round(projection.height()) + "z");
        assertThatThrownBy(() -> new Projection(4, 3, 50, 51, 360)).isInstanceOf(IllegalArgumentException.class);
    }
}
