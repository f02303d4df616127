package nl.tandem.employer;

/**
 * A scheme (regeling) employers can use when they employ someone with a distance to the
 * labour market, and the country it belongs to. Which schemes an employer contact sees
 * follows from the country of the employer.
 */
public enum Scheme {

	WAGE_SUBSIDY(Country.NL), NO_RISK_POLICY(Country.NL), WORKPLACE_ADJUSTMENTS(Country.NL), JOB_COACHING(Country.NL),
	VDAB_JOB_COACHING(Country.BE), TAILORED_SUPPORT(Country.BE);

	private final Country country;

	Scheme(Country country) {
		this.country = country;
	}

	public Country country() {
		return this.country;
	}

}
