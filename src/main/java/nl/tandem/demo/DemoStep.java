package nl.tandem.demo;

/**
 * One part of the demo data, created through the modules' services as a user would. Each
 * module adds a step; the steps run in order after the demo organisations and their staff
 * exist.
 */
interface DemoStep {

	int order();

	void create(DemoOrganisation organisation);

}
