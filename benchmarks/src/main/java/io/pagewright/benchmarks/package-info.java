/**
 * JMH benchmarks and simulators; results and the commands that reproduce them: docs/benchmarks.md.
 */
package io.pagewright.benchmarks;
