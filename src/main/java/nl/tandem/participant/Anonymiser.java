package nl.tandem.participant;

import java.util.Collection;

/**
 * Clears what a module holds about a participant that could identify them or that they
 * told in confidence (names, contact details, free text, sensitive fields), while keeping
 * the numbers (hours, phases, outcomes, scores, dates) for statistics. Every module that
 * keeps free text about participants implements it for its own tables only; the retention
 * process calls all of them in one transaction. Irreversible.
 */
public interface Anonymiser {

	/**
	 * Clears the participant's identifying and free-text data.
	 * @param trajectoryIds all trajectories of the participant
	 */
	void anonymise(long organisationId, long participantId, Collection<Long> trajectoryIds);

}
