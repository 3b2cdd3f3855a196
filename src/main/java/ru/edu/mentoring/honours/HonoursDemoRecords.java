package ru.edu.mentoring.honours;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.approval.Actor;
import ru.edu.mentoring.approval.Approvals;
import ru.edu.mentoring.approval.Step;
import ru.edu.mentoring.people.Participant;
import ru.edu.mentoring.people.People;
import ru.edu.mentoring.schools.SchoolSummary;

/**
 * The demo's nominations (module demo, {@code HonoursDemoData}): for a school, one nomination in each state — under
 * review, approved (its certificate prints), returned with the department's remarks, refused — for the first mentors
 * of its base, through the same workflow steps as the pages (history and events included); and the department's
 * signatory for the municipality.
 */
@Component
public class HonoursDemoRecords {

    private final NominationRepository nominations;
    private final HonourSettingsRepository settings;
    private final Approvals approvals;
    private final People people;

    HonoursDemoRecords(NominationRepository nominations, HonourSettingsRepository settings, Approvals approvals,
            People people) {
        this.nominations = nominations;
        this.settings = settings;
        this.approvals = approvals;
        this.people = people;
    }

    /** Whether the municipality has any nomination already (the demo runs once). */
    @Transactional(readOnly = true)
    public boolean anyIn(long municipalityId) {
        return !nominations.findByMunicipalityIdOrderByYearDescIdDesc(municipalityId).isEmpty();
    }

    @Transactional
    public void signatory(long municipalityId, String departmentName, String headPosition, String headName) {
        if (settings.findById(municipalityId).isEmpty()) {
            settings.save(new HonourSettings(municipalityId, departmentName, headPosition, headName));
        }
    }

    /** Four nominations of the school (fewer when its base is smaller): submitted, approved, returned, refused. */
    @Transactional
    public void load(SchoolSummary school, Actor curator, Actor department) {
        LocalDate today = people.today();
        int year = today.getYear();
        List<Participant> mentors = people.mentorBase(school.id(), today);
        Instant now = today.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(8 * 3600);
        String[][] texts = {
            {"за высокий профессионализм и значительный вклад в развитие наставничества",
             "Наставник молодых педагогов третий год подряд; двое наставляемых прошли аттестацию на первую категорию."},
            {"за добросовестный труд и успехи в наставничестве",
             "Руководит группой наставляемых 7–8 классов; наставляемые — призёры муниципальной олимпиады."},
            {"за поддержку молодых специалистов",
             "Сопровождает молодого специалиста первый год."},
            {"за активное участие в программе наставничества",
             "Провела серию открытых уроков для наставляемых."}};
        for (int i = 0; i < Math.min(4, mentors.size()); i++) {
            HonourKind kind = i % 2 == 0 ? HonourKind.GRAMOTA : HonourKind.GRATITUDE;
            Nomination n = nominations.save(new Nomination(school.id(), school.municipalityId(), mentors.get(i).id(),
                    kind, year, texts[i][0], texts[i][1], curator.name(), now));
            record(n, n.submit(curator, now));
            Instant decided = now.plusSeconds(3600);
            switch (i) {
                case 1 -> record(n, n.approve(n.getVersion(), null, department, decided, today));
                case 2 -> record(n, n.returnForRework(n.getVersion(),
                        "Уточните в обосновании результаты наставляемого за год.", department, decided));
                case 3 -> record(n, n.refuse(n.getVersion(),
                        "Стаж наставничества меньше года: выдвигайте в следующем году.", department, decided));
                default -> { }
            }
        }
    }

    private void record(Nomination n, Step step) {
        nominations.saveAndFlush(n);
        approvals.record(new Approvals.Subject(Nomination.KIND, n.getId(), n.getSchoolId(), n.getMunicipalityId()),
                step);
    }
}
