package fr.uphf.site.web;

import java.util.List;

import fr.uphf.site.support.BrowserWindow;
import fr.uphf.site.support.PublicSite;
import fr.uphf.site.support.RunningSiteTest;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The visuals on a phone 390 CSS pixels wide: key figures two by two rather than one full-width card each, the
 * history's years on their line, the chart of the rankings as wide as the text.
 */
@RunningSiteTest
class SmallScreensTest {

    @RegisterExtension
    static final BrowserWindow browser = BrowserWindow.sized(390, 844);

    @LocalServerPort
    int port;

    private ChromeDriver open(String path) {
        ChromeDriver driver = browser.driver();
        driver.get(PublicSite.origin(port) + path);
        assertThat(((Number) driver.executeScript("return window.innerWidth")).intValue()).isEqualTo(390);
        return driver;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/universite", "/en", "/en/university"})
    void keyFiguresSitTwoPerRow(String path) {
        List<Rectangle> figures = open(path).findElements(By.cssSelector(".figures li")).stream()
                .map(WebElement::getRect).toList();
        assertThat(figures).hasSizeGreaterThanOrEqualTo(4);
        for (int i = 0; i + 1 < figures.size(); i += 2) {
            Rectangle left = figures.get(i);
            Rectangle right = figures.get(i + 1);
            assertThat(right.getY()).as(path + ": figures " + i + " and " + (i + 1) + " side by side").isEqualTo(left.getY());
            assertThat(right.getX()).isGreaterThanOrEqualTo(left.getX() + left.getWidth());
            if (i + 2 < figures.size()) {
                assertThat(figures.get(i + 2).getX()).as(path + ": figure " + (i + 2) + " starts a row").isEqualTo(left.getX());
                assertThat(figures.get(i + 2).getY()).isGreaterThanOrEqualTo(left.getY() + left.getHeight());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/universite/histoire", "/en/university/history"})
    void theYearsOfTheHistoryFollowEachOtherDownTheirLine(String path) {
        List<WebElement> years = open(path).findElements(By.cssSelector(".timeline time"));
        assertThat(years).hasSizeGreaterThan(10);
        Rectangle line = browser.driver().findElement(By.cssSelector(".timeline")).getRect();
        for (int i = 1; i < years.size(); i++) {
            assertThat(years.get(i).getRect().getY()).isGreaterThan(years.get(i - 1).getRect().getY());
            assertThat(years.get(i).getRect().getX()).isEqualTo(years.get(0).getRect().getX());
        }
        assertThat(years.get(0).getRect().getX()).isGreaterThan(line.getX());
        assertThat(years.get(0).getAttribute("datetime")).isEqualTo(years.get(0).getText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/universite/classements", "/en/university/rankings"})
    void theChartOfTheRankingsIsAsWideAsTheText(String path) {
        ChromeDriver driver = open(path);
        Rectangle chart = driver.findElement(By.cssSelector("svg.goal-chart")).getRect();
        Rectangle text = driver.findElement(By.cssSelector(".prose")).getRect();
        assertThat(chart.getX()).isEqualTo(text.getX());
        assertThat(chart.getWidth()).isBetween(text.getWidth() - 1, text.getWidth() + 1);
        assertThat(chart.getHeight()).isGreaterThan(chart.getWidth());
    }
}
