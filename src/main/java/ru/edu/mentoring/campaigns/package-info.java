/** Campaigns: a municipality's yearly campaign of implementing the target model, its stage deadlines per school. */
package ru.edu.mentoring.campaigns;
