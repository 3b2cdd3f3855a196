package ru.edu.mentoring.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.edu.mentoring.shared.AcademicYear;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * Issue 17 point 9: writing many people in one transaction stays linear. Every entity written used to register a
 * synchronization of its own (the after-commit emptying of the mentor options), and every later entity's listener
 * copied and sorted them all: 10,000 rows, some 20,000 entities, made the write quadratic.
 */
class ImportWriterScaleTest extends IntegrationTest {

    @Autowired
    ImportWriter writer;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void writingManyPeopleRegistersAHandfulOfSynchronizationsNotOnePerEntity() {
        long school = Fixtures.school1(jdbc);
        LocalDate today = LocalDate.now();
        List<ImportPlan> plans = IntStream.range(0, 60).mapToObj(i -> new ImportPlan(i + 2, PersonKind.STUDENT, null,
                Fixtures.person("Пакетов" + (char) ('а' + i % 30), "Ученик", "", 5), null, true)).toList();
        TransactionTemplate tx = new TransactionTemplate(transactions);
        int[] counts = tx.execute(status -> {
            int before = TransactionSynchronizationManager.getSynchronizations().size();
            ImportWriter.Written written = writer.write(school, AcademicYear.of(today), today, plans);
            int after = TransactionSynchronizationManager.getSynchronizations().size();
            status.setRollbackOnly(); // nothing of it stays
            return new int[] {before, after, written.created()};
        });
        assertThat(counts[2]).isEqualTo(60);
        // 60 persons and 60 classes written: one synchronization for the mentor options, not 120
        assertThat(counts[1] - counts[0]).isLessThanOrEqualTo(2);
    }
}
