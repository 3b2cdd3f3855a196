package ru.edu.mentoring.regions;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the demo data need of the regions module: targets, periods and checklist answers, written directly. */
@Component
public class RegionDemoRecords {

    private final Regions regions;
    private final Checklists checklists;
    private final ChecklistAnswerRepository answers;
    private final MessageSource messages;

    RegionDemoRecords(Regions regions, Checklists checklists, ChecklistAnswerRepository answers,
            MessageSource messages) {
        this.regions = regions;
        this.checklists = checklists;
        this.answers = answers;
        this.messages = messages;
    }

    /** The yearly targets (the Аксай order's 15/30/45/60/70 %, 70 % since) and this year's default periods. */
    @Transactional
    public void settings(long regionId, int firstYear, int lastYear, int periodYear) {
        int[] steps = {15, 30, 45, 60, 70};
        if (!regions.targets(regionId).isEmpty()) {
            return;
        }
        for (int y = firstYear; y <= lastYear; y++) {
            regions.setTarget(regionId, y, BigDecimal.valueOf(steps[Math.min(y - firstYear, steps.length - 1)])
                    .setScale(1), null);
        }
        Locale ru = Locale.forLanguageTag("ru");
        String year = String.valueOf(periodYear);
        regions.addDefaultPeriods(regionId, periodYear,
                messages.getMessage("regions.period.defaultHalf", new Object[] {year}, ru),
                messages.getMessage("regions.period.defaultYear", new Object[] {year}, ru));
    }

    /** A school's answers to the items it answers itself: the site section with its link, the reward act, the cases. */
    @Transactional
    public void answers(long schoolId, String siteUrl, boolean rewardAct, boolean bestCases) {
        if (!answers.findBySchoolIdIn(List.of(schoolId)).isEmpty()) {
            return;
        }
        checklists.answer(schoolId, "SITE_SECTION", siteUrl != null, siteUrl, null, null);
        checklists.answer(schoolId, "REWARD_ACT", rewardAct, rewardAct ? "Положение о стимулировании, приложение 3"
                : null, null, null);
        checklists.answer(schoolId, "BEST_CASES", bestCases, null, null, null);
    }
}
