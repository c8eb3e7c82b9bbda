/** Validating data against contracts: {@link dev.sluice.validator.Validator} is the entry point. */
@NullMarked
package dev.sluice.validator;

import org.jspecify.annotations.NullMarked;
