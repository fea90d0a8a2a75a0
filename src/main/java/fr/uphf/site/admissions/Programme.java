package fr.uphf.site.admissions;

/** A programme a candidate can aim for, and how many years it lasts (the years one can apply to). */
public enum Programme {
    LICENCE(3),
    LICENCE_PRO(1),
    BUT(3),
    DEUST(2),
    MASTER(2),
    MEEF(2),
    INGENIEUR(5),
    PREPA_CONCOURS(1),
    DOCTORAT(5);

    private final int years;

    Programme(int years) {
        this.years = years;
    }

    public int years() {
        return years;
    }
}
