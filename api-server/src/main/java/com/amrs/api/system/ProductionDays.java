package com.amrs.api.system;

import com.amrs.core.shift.ProductionWindow;
import com.amrs.core.shift.ShiftCalendar;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The API's windows of production dates ({@code days=N}). Today is the production date of the shift
 * running now, as in {@code /api/machines/live}: at 03:00, during the night shift that began at
 * 22:00, today is still the day the shift began.
 */
@Component
public class ProductionDays {

    private final Clock clock;
    private final ShiftCalendar calendar;

    ProductionDays(Clock clock, ShiftCalendar calendar) {
        this.clock = clock;
        this.calendar = calendar;
    }

    /** The production date of the shift running now. */
    public LocalDate today() {
        return last(1).to();
    }

    /** Today and the {@code days - 1} production dates before it. */
    public ProductionWindow last(int days) {
        return ProductionWindow.lastDays(days, clock, calendar);
    }
}
