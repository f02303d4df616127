package nl.tandem.participant;

/**
 * The seven work values of the capability set for work: what a person may find important
 * in work.
 */
public enum WorkValue {

	USING_KNOWLEDGE_AND_SKILLS, DEVELOPING_KNOWLEDGE_AND_SKILLS, INVOLVEMENT_IN_DECISIONS, MEANINGFUL_CONTACTS,
	SETTING_OWN_GOALS, GOOD_INCOME, CONTRIBUTING_TO_SOMETHING_VALUABLE

}
