package fr.uphf.site.admissions;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The questions of « Où candidater ? », named as the query parameters of the page and of its JSON twin. A JavaBean
 * rather than a record: a parameter that cannot be converted must not lose the others, which are still validated.
 */
public class OrientationForm {

    public static final String NAME = "orientationForm";

    @NotNull
    private Programme diplome;

    @NotNull
    @Min(1)
    @Max(5)
    private Integer annee;

    @NotNull
    private Boolean apprentissage;

    @NotNull
    private ApplicantProfile profil;

    @NotNull
    private Boolean residenceFrance;

    /** The answers as the rules read them; only for a form without errors. */
    OrientationQuestion toQuestion() {
        return new OrientationQuestion(diplome, annee, apprentissage, profil, residenceFrance);
    }

    public Programme getDiplome() {
        return diplome;
    }

    public void setDiplome(Programme diplome) {
        this.diplome = diplome;
    }

    public Integer getAnnee() {
        return annee;
    }

    public void setAnnee(Integer annee) {
        this.annee = annee;
    }

    public Boolean getApprentissage() {
        return apprentissage;
    }

    public void setApprentissage(Boolean apprentissage) {
        this.apprentissage = apprentissage;
    }

    public ApplicantProfile getProfil() {
        return profil;
    }

    public void setProfil(ApplicantProfile profil) {
        this.profil = profil;
    }

    public Boolean getResidenceFrance() {
        return residenceFrance;
    }

    public void setResidenceFrance(Boolean residenceFrance) {
        this.residenceFrance = residenceFrance;
    }
}
