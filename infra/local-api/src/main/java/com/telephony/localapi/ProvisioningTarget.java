package com.telephony.localapi;

import com.telephony.domain.fabric.ProjectProvisioning;
import com.telephony.domain.tenancy.Provisioning;

/** Where the provisioning CLI writes: the DynamoDB table ({@link Storage}) or a PostgreSQL database. */
interface ProvisioningTarget extends AutoCloseable {
    Provisioning provisioning();

    ProjectProvisioning projectProvisioning();

    @Override
    void close();
}
