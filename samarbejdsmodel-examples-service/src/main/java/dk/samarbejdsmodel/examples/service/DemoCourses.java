package dk.samarbejdsmodel.examples.service;

import dk.samarbejdsmodel.core.course.Course;
import dk.samarbejdsmodel.examples.VendorIntegration;
import dk.samarbejdsmodel.examples.vendor.Handleplan;
import dk.samarbejdsmodel.examples.vendor.HandleplanMapper;

/**
 * Demoforløb — the courses the demo and the tests put into the service: the vendor example's course (an aftercare
 * course built from a DUBU-style plan, with consent to share education, employment and social matters — not
 * health — with the coordinator's, the UU's and the job centre's organisations).
 */
public final class DemoCourses {

  private DemoCourses() {}

  /** The vendor example's course ({@code course-sag4711}), with the plan's form on it. */
  public static Course vendorCourse() {
    return vendorCourse(VendorIntegration.samplePlan());
  }

  /** The same course for another case id ({@code course-<caseId>}), for tests that need several. */
  public static Course vendorCourse(String caseId) {
    Handleplan p = VendorIntegration.samplePlan();
    return vendorCourse(new Handleplan(caseId, p.cpr(), p.givenName(), p.familyName(), p.legalBasis(), p.planDate(),
        p.wishes(), p.targets(), p.actions()));
  }

  private static Course vendorCourse(Handleplan plan) {
    String youngPersonId = "yp-" + plan.caseId();
    return VendorIntegration.course(plan, youngPersonId).reviseForm(HandleplanMapper.toForm(plan, youngPersonId, 1));
  }
}
