package nl.tandem.demo;

/**
 * One part of the national-scale data set, generated in set-based SQL. Each module that
 * adds tables adds a step; the steps run in order in one transaction, after the
 * organisations, teams and staff exist.
 * <p>
 * Steps may read the temporary tables {@code scale_organisation (id, n)} and
 * {@code scale_team (id, organisation_id, k)} and the staff of those organisations.
 */
interface ScaleStep {

	int order();

	void generate(ScaleRun run);

}
