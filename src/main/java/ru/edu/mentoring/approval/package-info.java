/** Approval: the one workflow school roadmaps and reports go through (states, rules, history, decision, events). */
package ru.edu.mentoring.approval;
