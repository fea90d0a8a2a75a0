package fr.uphf.site.shared;

import java.util.List;

/**
 * A page at a fixed address in each language (a guide, the search, a legal page), so that links and the language
 * switch lead from one to the other. The areas that serve such pages declare them as an {@link Source} bean.
 */
public record AddressPair(String french, String english) {

    @FunctionalInterface
    public interface Source {
        List<AddressPair> addressPairs();
    }
}
