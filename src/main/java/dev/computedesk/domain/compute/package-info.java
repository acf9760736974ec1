/**
 * Rules of the create and attach forms and of the compute list.
 *
 * <ul>
 *   <li>Field rules: {@link dev.computedesk.domain.compute.ComputeNameRule},
 *       {@link dev.computedesk.domain.compute.NodeCountRule},
 *       {@link dev.computedesk.domain.compute.IdleShutdownRule},
 *       {@link dev.computedesk.domain.compute.ScheduleRule},
 *       {@link dev.computedesk.domain.compute.PortRule},
 *       {@link dev.computedesk.domain.compute.ResourceIdRule} (with the parsed
 *       {@link dev.computedesk.domain.compute.ResourceId}),
 *       {@link dev.computedesk.domain.compute.AksCapacityRule}.</li>
 *   <li>The list: {@link dev.computedesk.domain.compute.ComputeKind},
 *       {@link dev.computedesk.domain.compute.ComputeTab} and
 *       {@link dev.computedesk.domain.compute.ComputeActions} (state → allowed actions).</li>
 * </ul>
 */
package dev.computedesk.domain.compute;
