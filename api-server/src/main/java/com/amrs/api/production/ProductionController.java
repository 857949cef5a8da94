package com.amrs.api.production;

import com.amrs.api.production.ProductionViews.HourlyProduction;
import com.amrs.api.production.ProductionViews.StoredProduction;
import com.amrs.api.system.AmrsProperties;
import com.amrs.api.system.ApiException;
import com.amrs.api.system.PlantScope;
import com.amrs.api.system.ProductionDays;
import com.amrs.store.MachineFilter;
import com.amrs.store.production.ShiftProduction;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** {@code /api/production}: production per day, machine and shift or per hour, and manual records. */
@RestController
@RequestMapping("/api/production")
class ProductionController {

    private final ProductionQueries queries;
    private final ManualRecordService manualRecords;
    private final MachineDirectory machines;
    private final ProductionDays productionDays;
    private final AmrsProperties properties;
    private final PlantScope plants;

    ProductionController(
            ProductionQueries queries,
            ManualRecordService manualRecords,
            MachineDirectory machines,
            ProductionDays productionDays,
            AmrsProperties properties,
            PlantScope plants) {
        this.queries = queries;
        this.manualRecords = manualRecords;
        this.machines = machines;
        this.productionDays = productionDays;
        this.properties = properties;
        this.plants = plants;
    }

    @GetMapping
    List<ShiftProduction> byShift(
            @RequestParam(defaultValue = "7") @Min(1) @Max(366) int days,
            @RequestParam(name = "machine_id", required = false) String machineId,
            @RequestParam(required = false) String plant) {
        Optional<String> inPlant = known(plant, machineId);
        return queries.byShift(productionDays.last(days), Optional.ofNullable(machineId), inPlant);
    }

    @GetMapping("/hourly")
    List<HourlyProduction> byHour(
            @RequestParam(defaultValue = "1") @Min(1) @Max(366) int days,
            @RequestParam(name = "machine_id", required = false) String machineId,
            @RequestParam(required = false) String plant) {
        Optional<String> inPlant = known(plant, machineId);
        return queries.byHour(
                productionDays.last(days),
                Optional.ofNullable(machineId),
                inPlant,
                properties.plant().timezone());
    }

    /** The plant the request names, if the site holds many; refuses a machine that plant does not know. */
    private Optional<String> known(String plant, String machineId) {
        MachineFilter filter = plants.filter(plant, machineId);
        if (machineId != null) {
            machines.requireKnown(filter, machineId);
        }
        return filter.plant();
    }

    @GetMapping("/{id}")
    StoredProduction byId(@PathVariable long id) {
        return queries.findById(id).orElseThrow(() -> ApiException.notFound("Production record " + id));
    }

    @PostMapping
    ResponseEntity<StoredProduction> create(@Valid @RequestBody ProductionRequest request) {
        plants.requireOwnRecords("add the record");
        StoredProduction stored = manualRecords.create(request);
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri()
                .path("/{id}")
                .buildAndExpand(stored.id())
                .toUri();
        return ResponseEntity.created(location).body(stored);
    }
}
