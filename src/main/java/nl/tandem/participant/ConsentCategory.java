package nl.tandem.participant;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a participant can consent to: sharing parts of the coaching with the employer,
 * contact with the own network or care providers, and the use of anonymised data for
 * research.
 */
public enum ConsentCategory {

	EMPLOYER_PLAN_GOALS, EMPLOYER_AGREEMENTS, EMPLOYER_SESSION_SUMMARIES, EMPLOYER_PROGRESS, NETWORK_CONTACT,
	CARE_PROVIDER_CONTACT, RESEARCH;

	/**
	 * The categories that share something with the employer.
	 */
	public static final Set<ConsentCategory> EMPLOYER = EnumSet.of(EMPLOYER_PLAN_GOALS, EMPLOYER_AGREEMENTS,
			EMPLOYER_SESSION_SUMMARIES, EMPLOYER_PROGRESS);

}
