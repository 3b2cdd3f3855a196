package ru.edu.mentoring.people;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import ru.edu.mentoring.shared.PlainText;

/**
 * The bulk step of the people list (issue 17 point 4) as its pages bind it: which people (the ticked ones, the whole
 * page, or everyone the list's filter matches), what to do with them, and the common values of that action.
 */
public class BulkForm {

    /** What is done to every chosen person. */
    public enum Action { MENTEE, MENTOR, CONSENT }

    /** Which people of the list: the ticked rows, every row of the page, everyone who matches the filter. */
    public enum Scope { SELECTED, PAGE, FILTER }

    /** Who gave the paper consents: each person, a parent of each, or each adult themself and a parent for a minor. */
    public enum Giver {
        BY_AGE, SELF, REPRESENTATIVE;

        public String messageKey() {
            return "bulk.givenBy." + name();
        }
    }

    private Action action;
    private Scope scope = Scope.SELECTED;
    private List<Long> ids = new ArrayList<>();
    private List<Long> pageIds = new ArrayList<>();

    // the list's filter
    @Size(max = 100, message = "{validation.tooLong}")
    @PlainText
    private String q = "";
    private PersonKind kind;
    private boolean withdrawn;

    // mentee base
    @Size(max = 2000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String request;
    private Long wantedFormId;

    // mentor base
    @Size(max = 2000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String competences;
    private Integer capacity;

    // consents
    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate givenOn;
    private Giver givenBy = Giver.BY_AGE;
    @Size(max = 50, message = "{validation.tooLong}")
    @PlainText
    private String textVersion = "2025-1";
    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate validUntil;
    /** The parent's or legal representative's name per person (a minor's consent): the ids and, in step, the names. */
    private List<Long> parentIds = new ArrayList<>();
    private List<String> parentNames = new ArrayList<>();

    public Action getAction() {
        return action;
    }

    public void setAction(Action action) {
        this.action = action;
    }

    public Scope getScope() {
        return scope;
    }

    public void setScope(Scope scope) {
        this.scope = scope;
    }

    public List<Long> getIds() {
        return ids;
    }

    public void setIds(List<Long> ids) {
        this.ids = ids == null ? new ArrayList<>() : ids;
    }

    public List<Long> getPageIds() {
        return pageIds;
    }

    public void setPageIds(List<Long> pageIds) {
        this.pageIds = pageIds == null ? new ArrayList<>() : pageIds;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q == null ? "" : q;
    }

    public PersonKind getKind() {
        return kind;
    }

    public void setKind(PersonKind kind) {
        this.kind = kind;
    }

    public boolean isWithdrawn() {
        return withdrawn;
    }

    public void setWithdrawn(boolean withdrawn) {
        this.withdrawn = withdrawn;
    }

    public String getRequest() {
        return request;
    }

    public void setRequest(String request) {
        this.request = request;
    }

    public Long getWantedFormId() {
        return wantedFormId;
    }

    public void setWantedFormId(Long wantedFormId) {
        this.wantedFormId = wantedFormId;
    }

    public String getCompetences() {
        return competences;
    }

    public void setCompetences(String competences) {
        this.competences = competences;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public void setGivenOn(LocalDate givenOn) {
        this.givenOn = givenOn;
    }

    public Giver getGivenBy() {
        return givenBy;
    }

    public void setGivenBy(Giver givenBy) {
        this.givenBy = givenBy;
    }

    public String getTextVersion() {
        return textVersion;
    }

    public void setTextVersion(String textVersion) {
        this.textVersion = textVersion;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public List<Long> getParentIds() {
        return parentIds;
    }

    public void setParentIds(List<Long> parentIds) {
        this.parentIds = parentIds == null ? new ArrayList<>() : parentIds;
    }

    public List<String> getParentNames() {
        return parentNames;
    }

    public void setParentNames(List<String> parentNames) {
        this.parentNames = parentNames == null ? new ArrayList<>() : parentNames;
    }

    /** The parents' names by person, as the two lists give them (sent in step, one pair per minor). */
    public Map<Long, String> parents() {
        Map<Long, String> map = new LinkedHashMap<>();
        for (int i = 0; i < parentIds.size() && i < parentNames.size(); i++) {
            if (parentIds.get(i) != null) {
                map.put(parentIds.get(i), parentNames.get(i));
            }
        }
        return map;
    }

    /** Sets the parents' names by person. */
    void parents(Map<Long, String> byPerson) {
        parentIds = new ArrayList<>(byPerson.keySet());
        parentNames = new ArrayList<>(byPerson.values());
    }
}
