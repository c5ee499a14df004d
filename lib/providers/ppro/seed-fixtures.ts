// Seed 001's requests and responses, verbatim (JSON reformatted), for the unit tests.

export const seedAgreementRequest = {
  "paymentMethod": "BANCONTACT",
  "description": "PPRO Agreement",
  "merchantPaymentAgreementReference": "{{$guid}}",
  "startDate": "2025-05-27T20:24:27Z",
  "webhooksUrl": "https://webhook",
  "amount": {
    "value": 300,
    "currency": "EUR"
  },
  "amountType": "EXACT",
  "authenticationSettings": [
    {
      "type": "REDIRECT",
      "settings": {
        "returnUrl": "https://www.ppro.com/"
      }
    }
  ],
  "consumer": {
    "name": "Ernestine Bartoletti",
    "email": "[email protected]",
    "country": "BE",
    "client": {
      "ip": "227.149.145.184"
    },
    "taxIdentification": "1111111111",
    "billingAddress": {
      "firstName": "Ernestine",
      "lastName": "Bartoletti",
      "street": "Rue de Fierlant 67",
      "postalCode": "1190",
      "city": "Bruxelles",
      "region": "Bruxelles",
      "country": "BE"
    }
  },
  "initialPaymentCharge": {
    "paymentDescriptor": "Link and Pay initial charge",
    "merchantPaymentChargeReference": "MTR12345678",
    "autoCapture": "true",
    "amount": {
      "value": 300,
      "currency": "EUR"
    }
  }
};

export const seedAgreementResponse = {
  "id": "agr_TWXXaIGRgLr5QDMiBpO5i",
  "status": "AUTHENTICATION_PENDING",
  "description": "PPRO Agreement",
  "merchantPaymentAgreementReference": "7868f408-bf21-4751-a778-b02bdef100cc",
  "paymentMethod": "BANCONTACT",
  "startDate": "2025-05-27T20:24:27.000Z",
  "amount": {
    "value": 300,
    "currency": "EUR"
  },
  "instrumentId": "instr_0J75cbDCIrhZBsuSuvdxb",
  "amountType": "EXACT",
  "consumer": {
    "name": "Ernestine Bartoletti",
    "email": "[email protected]",
    "country": "BE",
    "client": {
      "ip": "227.149.145.184"
    },
    "taxIdentification": "1111111111",
    "billingAddress": {
      "firstName": "Ernestine",
      "lastName": "Bartoletti",
      "street": "Rue de Fierlant 67",
      "postalCode": "1190",
      "city": "Bruxelles",
      "region": "Bruxelles",
      "country": "BE"
    }
  },
  "authenticationMethods": [
    {
      "details": {
        "mobileIntentUri": "bepgenapp://DoTx?TransId=1BANCONTACT.SANDBOX.CP-PL.PPRO.COM/BEP/LA/PWXISDCFTC49RYLZ7TB36DX95BQBMQHSGYXKK/1Y23YI6GUWEUXTJHUCSAVMLT4LDQRLSA1$LNLK62BMVBPWHYEOCP4J5RWY"
      },
      "type": "APP_INTENT"
    },
    {
      "details": {
        "codeType": "QR",
        "codePayload": "BEP://1BANCONTACT.SANDBOX.CP-PL.PPRO.COM/BEP/LA/PWXISDCFTC49RYLZ7TB36DX95BQBMQHSGYXKK/1Y23YI6GUWEUXTJHUCSAVMLT4LDQRLSA1$LNLK62BMVBPWHYEOCP4J5RWY"
      },
      "type": "SCAN_CODE"
    },
    {
      "details": {
        "requestUrl": "https://authman.sandbox.lp-pl.ppro.com/v0/pages/?redirection_token=eyJhbGciOiJIUzUxMiJ9.eyJzZXNzaW9uIjp7InIiOiJhZ3JfVFdYWGFJR1JnTHI1UURNaUJwTzVpIiwicyI6Imh0dHBzOi8vd3d3LnBwcm8uY29tLyIsImYiOiJodHRwczovL3d3dy5wcHJvLmNvbS8_aXNGYWlsdXJlPXRydWUiLCJtIjoicHByb19wbGF5Z3JvdW5kX21lcmNoYW50In19._G-tcKSECZePEgZlanZlNxhilzQTGMB_gSKLU4upRAP1jRoy45VtmQweHCJMRQboBZ49HXpnUoMw1XDmXcCsCg",
        "requestMethod": "GET"
      },
      "type": "REDIRECT"
    }
  ],
  "history": [
    {
      "id": "ahist_ofWEEdL98oLgvziSI6Y76",
      "status": "AUTHENTICATION_PENDING",
      "createdAt": "2025-05-26T21:49:17.042Z"
    }
  ],
  "initialPaymentChargeId": "charge_yJOAc3AHMzjIbPpLl5Kfz",
  "createdAt": "2025-05-26T21:49:17.041Z",
  "updatedAt": "2025-05-26T21:49:17.041Z"
};

export const seedChargeRequest = {
  "amount": {
    "value": 300,
    "currency": "EUR"
  }
};

export const seedChargeResponse = {
  "id": "charge_JpHQdyPNIghVel5TuVXVf",
  "paymentMethod": "BANCONTACT",
  "paymentMedium": "ECOMMERCE",
  "scheduleType": "UNSCHEDULED",
  "instrumentId": "instr_Zkn3z8DX9n6vD49nrLGBC",
  "currency": "EUR",
  "country": "BE",
  "paymentDescriptor": "Bancontact Sandbox",
  "status": "AUTHENTICATION_PENDING",
  "consumer": {
    "name": "Ernestine Bartoletti",
    "email": "[email protected]",
    "country": "BE",
    "client": {
      "ip": "227.149.145.184"
    },
    "taxIdentification": "39112171883",
    "billingAddress": {
      "firstName": "Ernestine",
      "lastName": "Bartoletti",
      "street": "Rue de Fierlant 67",
      "postalCode": "1190",
      "city": "Bruxelles",
      "region": "Bruxelles",
      "country": "BE"
    }
  },
  "order": {
    "orderItems": [
      {
        "sku": "LS123456789",
        "category": "bicycle",
        "name": "White T-Shirt",
        "quantity": 1,
        "amount": 100
      }
    ],
    "shippingAddress": {
      "firstName": "Naldo",
      "lastName": "Ro",
      "phoneNumber": "01522113356",
      "street": "Rue de Fierlant 67",
      "postalCode": "1190",
      "city": "Bruxelles",
      "region": "Bruxelles",
      "country": "BE"
    },
    "industryData": []
  },
  "authenticationMethods": [
    {
      "details": {
        "mobileIntentUri": "bepgenapp://DoTx?TransId=1BANCONTACT.CARD-INTEGRATIONS.NON-PROD.PPRO.COM/BEP/LC/GM83TKXPUX55ZRKV8/1PTZIBX738PNUVUKT4EK1NSMP9P8UYGKM$AUWAQSHVF4X6QJAFRJ5NUMLS"
      },
      "type": "APP_INTENT"
    },
    {
      "details": {
        "codeType": "QR",
        "codePayload": "BEP://1BANCONTACT.CARD-INTEGRATIONS.NON-PROD.PPRO.COM/BEP/LC/GM83TKXPUX55ZRKV8/1PTZIBX738PNUVUKT4EK1NSMP9P8UYGKM$AUWAQSHVF4X6QJAFRJ5NUMLS"
      },
      "type": "SCAN_CODE"
    },
    {
      "details": {
        "requestUrl": "https://authman.qa.lp-pl.ppro.com/v0/pages/?redirection_token=eyJhbGciOiJIUzUxMiJ9.eyJzZXNzaW9uIjp7InIiOiJjaGFyZ2VfSnBIUWR5UE5JZ2hWZWw1VHVWWFZmIn19.kooJ4gsHmRffZwiXKS75xTxhg2f2_0hQokojtG8A4mnidfsmQ-dPsPk5EDrw2X6YFlva69cGyzA1Yr-pwa5gPw",
        "requestMethod": "GET"
      },
      "type": "REDIRECT"
    }
  ],
  "authorizations": [
    {
      "id": "authz_f7TKEgB8cse31haYCX4Pf",
      "amount": 123,
      "status": "AUTHENTICATION_PENDING",
      "merchantPaymentChargeReference": "c855ca53-30d9-43f0-bbed-a0baac7e9601",
      "createdAt": "2025-05-26T20:55:29.863Z",
      "updatedAt": "2025-05-26T20:55:29.863Z"
    }
  ],
  "captures": [],
  "refunds": [],
  "voids": [],
  "createdAt": "2025-05-26T20:55:29.595Z",
  "updatedAt": "2025-05-26T20:55:29.863Z",
  "_links": {
    "authorizations": {
      "href": "/v1/payment-charges/charge_JpHQdyPNIghVel5TuVXVf/authorizations"
    },
    "captures": {
      "href": "/v1/payment-charges/charge_JpHQdyPNIghVel5TuVXVf/captures"
    },
    "refunds": {
      "href": "/v1/payment-charges/charge_JpHQdyPNIghVel5TuVXVf/refunds"
    },
    "voids": {
      "href": "/v1/payment-charges/charge_JpHQdyPNIghVel5TuVXVf/voids"
    }
  }
};
