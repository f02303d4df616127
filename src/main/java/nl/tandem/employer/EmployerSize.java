package nl.tandem.employer;

/**
 * The size of an employer by its number of employees, in the classes the European Union
 * uses: micro (1–9), small (10–49), medium (50–249) and large (250 or more).
 */
public enum EmployerSize {

	MICRO, SMALL, MEDIUM, LARGE

}
