package nl.tandem.participant;

import java.util.Set;

/**
 * What an intake maps of a participant's situation. Health and the effects of medication
 * are {@link Sensitive}.
 */
public record IntakeContent(String workHistory, String education, String strengths, String housing, String finances,
		String socialNetwork, String homeSituation, @Sensitive String health, @Sensitive String medicationEffects,
		String supportNeeds, String wishes, Set<WorkValue> importantWorkValues, String ownAgenda) {

	public IntakeContent {
		importantWorkValues = (importantWorkValues == null) ? Set.of() : Set.copyOf(importantWorkValues);
	}

	public static IntakeContent empty() {
		return new IntakeContent(null, null, null, null, null, null, null, null, null, null, null, Set.of(), null);
	}

	public boolean hasSensitiveContent() {
		return present(this.health) || present(this.medicationEffects);
	}

	/**
	 * The same content without the sensitive fields, for readers who may not see them.
	 */
	public IntakeContent withoutSensitive() {
		return new IntakeContent(this.workHistory, this.education, this.strengths, this.housing, this.finances,
				this.socialNetwork, this.homeSituation, null, null, this.supportNeeds, this.wishes,
				this.importantWorkValues, this.ownAgenda);
	}

	/**
	 * What of an earlier intake still holds for a new trajectory: everything but the
	 * wishes and the participant's own agenda, which belong to the new coaching.
	 */
	public IntakeContent stillValid() {
		return new IntakeContent(this.workHistory, this.education, this.strengths, this.housing, this.finances,
				this.socialNetwork, this.homeSituation, this.health, this.medicationEffects, this.supportNeeds, null,
				this.importantWorkValues, null);
	}

	boolean readyToComplete() {
		return present(this.supportNeeds) && present(this.wishes) && present(this.ownAgenda);
	}

	static boolean present(String value) {
		return value != null && !value.isBlank();
	}

}
