/** Reports: the annual school report with figures frozen at submission, its approval and the municipal summary. */
package ru.edu.mentoring.reports;
