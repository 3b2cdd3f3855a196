/** Pairing: forms and variations of mentoring, mentor–mentee pairs and groups, and the rules they follow. */
package ru.edu.mentoring.pairing;
