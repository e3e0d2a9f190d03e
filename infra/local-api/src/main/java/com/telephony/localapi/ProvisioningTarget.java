package com.telephony.localapi;

import com.telephony.domain.tenancy.OAuthTokens;
import com.telephony.domain.fabric.ProjectProvisioning;
import com.telephony.domain.tenancy.Provisioning;

/** Where the provisioning CLI writes: the DynamoDB table ({@link Storage}) or a PostgreSQL database. */
interface ProvisioningTarget extends AutoCloseable {
    Provisioning provisioning();

    ProjectProvisioning projectProvisioning();

    /** Client secrets and refresh tokens of applications. */
    OAuthTokens oAuthTokens();

    @Override
    void close();
}
