package fr.uphf.site;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class UphfApplication {

    public static void main(String[] args) {
        SpringApplication.run(UphfApplication.class, args);
    }
}
