package fr.uphf.site.mobility;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fr.uphf.site.mobility.Estimate.Days;
import fr.uphf.site.mobility.Estimate.GrantEstimate;
import fr.uphf.site.mobility.Estimate.Reason;
import fr.uphf.site.mobility.GrantAmount.Unit;
import fr.uphf.site.mobility.GrantCatalogue.Amount;
import fr.uphf.site.mobility.GrantCatalogue.DurationLimit;
import fr.uphf.site.mobility.GrantCatalogue.GrantTerms;

/**
 * Applies the grant rules of a year to a stay. Pure: everything it knows comes from {@link GrantCatalogue}. Every
 * condition is checked, so that a student sees all the reasons at once; a month counts as 30 days.
 */
final class GrantEstimator {

    static final int DAYS_PER_MONTH = 30;

    private GrantEstimator() {
    }

    static Estimate estimate(GrantCatalogue rules, Stay stay) {
        Integer erasmusGroup = rules.erasmusGroups().get(stay.countryCode());
        List<GrantEstimate> grants = rules.grants().stream()
                .map(terms -> estimate(terms, stay, erasmusGroup))
                .toList();
        List<String> eligible = grants.stream().filter(GrantEstimate::eligible).map(GrantEstimate::code).toList();
        List<List<String>> combinable = new ArrayList<>();
        List<List<String>> toConfirm = new ArrayList<>();
        for (int i = 0; i < eligible.size(); i++) {
            for (int j = i + 1; j < eligible.size(); j++) {
                List<String> pair = List.of(eligible.get(i), eligible.get(j));
                switch (rules.combination(pair.get(0), pair.get(1))) {
                    case CUMULABLE -> combinable.add(pair);
                    case A_CONFIRMER -> toConfirm.add(pair);
                    case NON_CUMULABLE -> { }
                }
            }
        }
        return new Estimate(rules.academicYear(), grants, combinable, toConfirm);
    }

    private static GrantEstimate estimate(GrantTerms terms, Stay stay, Integer erasmusGroup) {
        List<Reason> reasons = new ArrayList<>();
        boolean eligible = true;

        if (terms.levels().contains(stay.level())) {
            reasons.add(Reason.of("level.ok", stay.level()));
        } else {
            eligible = false;
            reasons.add(Reason.of("level.excluded", stay.level(), terms.levels()));
        }

        if (terms.boursierRequired()) {
            eligible &= stay.boursier();
            reasons.add(Reason.of(stay.boursier() ? "boursier.ok" : "boursier.required"));
        }

        if (terms.quotientCeiling() != null) {
            boolean under = stay.quotient().compareTo(terms.quotientCeiling()) <= 0;
            eligible &= under;
            reasons.add(Reason.of(under ? "quotient.ok" : "quotient.over", stay.quotient(), terms.quotientCeiling()));
        }

        if (terms.erasmusCountriesOnly()) {
            if (erasmusGroup != null) {
                reasons.add(Reason.of("country.group", stay.countryName(), erasmusGroup));
            } else {
                eligible = false;
                reasons.add(Reason.of("country.notErasmus", stay.countryName()));
            }
        }

        Optional<DurationLimit> limit = terms.durationFor(stay.type(), stay.level());
        if (limit.isEmpty()) {
            eligible = false;
            reasons.add(Reason.of("stayType.excluded", stay.type()));
        } else {
            eligible &= checkDuration(limit.get(), stay.days(), reasons);
        }

        boolean travelOnly = stay.type() == StayType.STAGE
                && (terms.travelOnlyIfHoused() && stay.housedAndFed()
                    || terms.travelOnlyAboveWeeklyAllowance() != null
                       && stay.weeklyAllowance().compareTo(terms.travelOnlyAboveWeeklyAllowance()) > 0);
        if (travelOnly) {
            eligible &= stay.boursier();
            reasons.add(Reason.of(stay.boursier() ? "travelOnly.boursier" : "travelOnly.notBoursier",
                    terms.travelOnlyAboveWeeklyAllowance()));
        }

        if (terms.taxNoticeRequired()) {
            reasons.add(Reason.of("taxNotice"));
        }

        if (!eligible) {
            return new GrantEstimate(terms.code(), terms.name(), false, reasons, null, null);
        }
        if (travelOnly) {
            reasons.add(Reason.of("travelOnly.amountUnknown"));
            return new GrantEstimate(terms.code(), terms.name(), true, reasons, null, null);
        }
        return withAmounts(terms, stay, erasmusGroup, reasons);
    }

    private static boolean checkDuration(DurationLimit limit, int days, List<Reason> reasons) {
        Days min = new Days(limit.minDays());
        Days max = new Days(limit.maxDays());
        boolean within = days >= limit.minDays() && days <= limit.maxDays();
        if (days < limit.minDays()) {
            reasons.add(Reason.of("duration.tooShort", new Days(days), min));
        } else if (days > limit.maxDays()) {
            String code = limit.perCycle() ? "duration.tooLongForCycle" : "duration.tooLong";
            reasons.add(Reason.of(code, new Days(days), max));
        } else {
            reasons.add(Reason.of("duration.ok", new Days(days), min, max));
        }
        if (within && limit.perCycle()) {
            reasons.add(Reason.of("duration.perCycle", max));
        }
        return within;
    }

    private static GrantEstimate withAmounts(GrantTerms terms, Stay stay, Integer erasmusGroup, List<Reason> reasons) {
        BigDecimal monthly = BigDecimal.ZERO;
        BigDecimal flat = BigDecimal.ZERO;
        for (Amount amount : terms.amounts()) {
            if (!amount.appliesTo(stay, erasmusGroup)) {
                continue;
            }
            if (amount.unit() == Unit.MOIS) {
                monthly = monthly.add(amount.amount());
                reasons.add(Reason.of("amount.monthly", amount.label(), amount.amount()));
            } else {
                flat = flat.add(amount.amount());
                reasons.add(Reason.of("amount.flat", amount.label(), amount.amount()));
            }
        }
        BigDecimal total = monthly.multiply(BigDecimal.valueOf(stay.days()))
                .divide(BigDecimal.valueOf(DAYS_PER_MONTH), 2, RoundingMode.HALF_UP)
                .add(flat)
                .setScale(2, RoundingMode.HALF_UP);
        boolean hasMonthly = monthly.signum() > 0;
        reasons.add(hasMonthly ? Reason.of("amount.total", new Days(stay.days()), total)
                : Reason.of("amount.totalFlat", total));
        if (terms.amountIsCeiling()) {
            reasons.add(Reason.of("amount.ceiling"));
        }
        return new GrantEstimate(terms.code(), terms.name(), true, reasons,
                hasMonthly ? monthly.setScale(2, RoundingMode.HALF_UP) : null, total);
    }
}
