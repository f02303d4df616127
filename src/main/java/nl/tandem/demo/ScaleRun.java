package nl.tandem.demo;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a scale step needs to know: the database, how many trajectories the data set has,
 * and how they are spread over organisations and coaches.
 */
record ScaleRun(JdbcClient jdbc, int trajectories, int organisations, int coachesPerOrganisation) {

	int trajectoriesPerOrganisation() {
		return (int) Math.ceil(this.trajectories / (double) this.organisations);
	}

}
