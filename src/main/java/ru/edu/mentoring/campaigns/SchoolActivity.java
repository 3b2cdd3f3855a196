package ru.edu.mentoring.campaigns;
/**
 * What the campaign needs to know of each school's bases and pairs in a campaign's period [{@code from},
 * {@code asOf}] (its academic year, up to today while it runs); implemented by the pairing module. Only what happened
 * inside the period counts: bases formed by inclusions made in it, pairs formed and mentoring started by pairs that
 * started in it. The training dates are those of the mentors in the base as of {@code asOf}, sorted: a trained mentor
 * stays trained, so the campaign dates its training stage by the day the share was reached.
 */
public interface SchoolActivity {
    java.util.Map<Long, Facts> facts(java.util.Collection<Long> schoolIds, java.time.LocalDate from,
            java.time.LocalDate asOf);

    record Facts(long mentors, long mentees, long trainedMentors, long pairs, long activePairs,
                 java.time.LocalDate basesFormedOn, java.time.LocalDate pairsFormedOn,
                 java.time.LocalDate mentoringStartedOn, java.util.List<java.time.LocalDate> trainingDates) {

        public Facts {
            trainingDates = trainingDates == null ? java.util.List.of() : java.util.List.copyOf(trainingDates);
        }

        public Facts(long mentors, long mentees, long trainedMentors, long pairs, long activePairs,
                java.time.LocalDate basesFormedOn, java.time.LocalDate pairsFormedOn,
                java.time.LocalDate mentoringStartedOn) {
            this(mentors, mentees, trainedMentors, pairs, activePairs, basesFormedOn, pairsFormedOn,
                    mentoringStartedOn, java.util.List.of());
        }
    }
}
