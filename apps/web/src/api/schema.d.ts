/**
 * The HTTP API's types, generated from the served OpenAPI document by openapi-typescript.
 * Do not edit: change the route's response schema (apps/server/src/modules/<module>/*.responses.ts) and run
 * `npm run api:types`. A test fails when this file is out of date.
 */
export interface paths {
    "/api/addresses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        communityCode?: string;
                        footprint?: ({
                            coordinates: [
                                number,
                                number
                            ][][];
                            /** @enum {string} */
                            type: "Polygon";
                        } | {
                            coordinates: [
                                number,
                                number
                            ][][][];
                            /** @enum {string} */
                            type: "MultiPolygon";
                        }) | {
                            coordinates: [
                                number,
                                number
                            ][];
                            /** @enum {string} */
                            type: "LineString";
                        };
                        /** @enum {string} */
                        kind: "road" | "doorplate" | "compound" | "building" | "unit" | "floor" | "room";
                        lat?: number;
                        lon?: number;
                        name: string;
                        /** Format: uuid */
                        parentId?: string;
                        /** Format: date */
                        validFrom?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AddressNode"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/addresses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AddressDetail"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        footprint?: (({
                            coordinates: [
                                number,
                                number
                            ][][];
                            /** @enum {string} */
                            type: "Polygon";
                        } | {
                            coordinates: [
                                number,
                                number
                            ][][][];
                            /** @enum {string} */
                            type: "MultiPolygon";
                        }) | {
                            coordinates: [
                                number,
                                number
                            ][];
                            /** @enum {string} */
                            type: "LineString";
                        }) | null;
                        lat?: number;
                        lon?: number;
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AddressDetail"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/addresses/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        validTo?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AddressDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/addresses/layers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    bbox: string;
                    zoom: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AddressLayers"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/addresses/reverse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    lat: number;
                    lon: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AddressReverse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/addresses/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    limit?: number;
                    q: string;
                    within?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["AddressCandidate"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/classify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: {
                                active: boolean;
                                heldBack: number;
                                metrics: {
                                    autoPrecision: number;
                                    autoShare: number;
                                    confused: {
                                        n: number;
                                        predicted: string;
                                        truth: string;
                                    }[];
                                    heldBack: number;
                                    leafTop1: number;
                                    n: number;
                                    perGroup: {
                                        group: string;
                                        n: number;
                                        top1: number;
                                    }[];
                                    scale: number;
                                    top1: number;
                                    top3: number;
                                    weight: number;
                                };
                                threshold: number | null;
                                trainedAt: string;
                                trainingSize: number;
                                /** @enum {string} */
                                trigger: "nightly" | "corrections" | "manual" | "start";
                                version: number;
                            } | null;
                            correctionsSinceTraining: number;
                            models: {
                                active: boolean;
                                heldBack: number;
                                metrics: {
                                    autoPrecision: number;
                                    autoShare: number;
                                    confused: {
                                        n: number;
                                        predicted: string;
                                        truth: string;
                                    }[];
                                    heldBack: number;
                                    leafTop1: number;
                                    n: number;
                                    perGroup: {
                                        group: string;
                                        n: number;
                                        top1: number;
                                    }[];
                                    scale: number;
                                    top1: number;
                                    top3: number;
                                    weight: number;
                                };
                                threshold: number | null;
                                trainedAt: string;
                                trainingSize: number;
                                /** @enum {string} */
                                trigger: "nightly" | "corrections" | "manual" | "start";
                                version: number;
                            }[];
                            retrainAfterCorrections: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/classify/models/{version}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            heldBack: number;
                            metrics: {
                                autoPrecision: number;
                                autoShare: number;
                                confused: {
                                    n: number;
                                    predicted: string;
                                    truth: string;
                                }[];
                                heldBack: number;
                                leafTop1: number;
                                n: number;
                                perGroup: {
                                    group: string;
                                    n: number;
                                    top1: number;
                                }[];
                                scale: number;
                                top1: number;
                                top3: number;
                                weight: number;
                            };
                            threshold: number | null;
                            trainedAt: string;
                            trainingSize: number;
                            /** @enum {string} */
                            trigger: "nightly" | "corrections" | "manual" | "start";
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/classify/retrain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            heldBack: number;
                            metrics: {
                                autoPrecision: number;
                                autoShare: number;
                                confused: {
                                    n: number;
                                    predicted: string;
                                    truth: string;
                                }[];
                                heldBack: number;
                                leafTop1: number;
                                n: number;
                                perGroup: {
                                    group: string;
                                    n: number;
                                    top1: number;
                                }[];
                                scale: number;
                                top1: number;
                                top3: number;
                                weight: number;
                            };
                            threshold: number | null;
                            trainedAt: string;
                            trainingSize: number;
                            /** @enum {string} */
                            trigger: "nightly" | "corrections" | "manual" | "start";
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admission/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Applications: the department's own; for the civil-affairs office, all of the district's. */
        get: {
            parameters: {
                query?: {
                    status?: "draft" | "submitted" | "returned" | "reviewed" | "in_round" | "approved" | "rejected" | "entered";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdmissionApplicationList"];
                    };
                };
            };
        };
        put?: never;
        /** @description A department applies for an item (legal basis, community role, powers, time limit, funding, staff and training that come with it); a draft, or submitted at once (submit=true). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        communityRole: "lead" | "assist" | "cooperate";
                        content: string;
                        fundingPerYear: number;
                        hoursPerMonth: number;
                        /** @enum {string} */
                        kind: "task" | "ledger" | "evaluation" | "inspection" | "survey" | "plaque";
                        legalBasis: string;
                        /** @default  */
                        powers?: string;
                        /** @default null */
                        reportTemplateId?: string | null;
                        /** @default [] */
                        scopeCodes?: string[];
                        /** @default  */
                        staff?: string;
                        /** @default false */
                        submit?: boolean;
                        title: string;
                        /** @default  */
                        training?: string;
                        /** Format: date */
                        validFrom: string;
                        /** @default null */
                        validUntil?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdmissionApplicationDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admission/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdmissionApplicationDetail"];
                    };
                };
            };
        };
        /** @description The department changes a draft or returned application (submit=true submits it). */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        communityRole: "lead" | "assist" | "cooperate";
                        content: string;
                        fundingPerYear: number;
                        hoursPerMonth: number;
                        /** @enum {string} */
                        kind: "task" | "ledger" | "evaluation" | "inspection" | "survey" | "plaque";
                        legalBasis: string;
                        /** @default  */
                        powers?: string;
                        /** @default null */
                        reportTemplateId?: string | null;
                        /** @default [] */
                        scopeCodes?: string[];
                        /** @default  */
                        staff?: string;
                        /** @default false */
                        submit?: boolean;
                        title: string;
                        /** @default  */
                        training?: string;
                        /** Format: date */
                        validFrom: string;
                        /** @default null */
                        validUntil?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdmissionApplicationDetail"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admission/applications/{id}/enter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description 准入: an approved application goes on the assist list as an item in force (the office). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdmissionApplicationDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admission/applications/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description 初审 by the civil-affairs office: pass it on to a round, or return it with the reason. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "pass" | "return";
                        /** @default  */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdmissionApplicationDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admission/applications/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdmissionApplicationDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admission/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The caller's district's lists: duties by law (duty), assisted tasks (assist), the negative list; items in force unless all=true. Every staff user reads them. */
        get: {
            parameters: {
                query?: {
                    all?: "true" | "false";
                    list?: "duty" | "assist" | "negative";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdmissionItemList"];
                    };
                };
            };
        };
        put?: never;
        /** @description The civil-affairs office puts a duty by law or a negative-list item straight on its list. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @default lead
                         * @enum {string}
                         */
                        communityRole?: "lead" | "assist" | "cooperate";
                        content: string;
                        /** @default 0 */
                        fundingPerYear?: number;
                        /** @default 0 */
                        hoursPerMonth?: number;
                        /** @enum {string} */
                        kind: "task" | "ledger" | "evaluation" | "inspection" | "survey" | "plaque";
                        legalBasis: string;
                        /** @enum {string} */
                        list: "duty" | "assist" | "negative";
                        title: string;
                        /** @default null */
                        unitId?: string | null;
                        /** Format: date */
                        validFrom: string;
                        /** @default null */
                        validUntil?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdmissionItemDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admission/items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description An item: its terms, money and hours, supervision notes, what was sent on it. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdmissionItemDetail"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admission/items/{id}/exit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description 退出: the item leaves the list with the reason; nothing more can be sent on it (the office). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdmissionItemDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admission/items/{id}/supervise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description 事中监督: a supervision note on an item in force (the office). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdmissionItemDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admission/offgate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Requests that came outside the gate, counted by community and requester (the community its own). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdmissionOffgateList"];
                    };
                };
            };
        };
        put?: never;
        /** @description A community reports a request outside the gate (who, what, when, evidence) to the district's office. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        content: string;
                        /** @default  */
                        evidence?: string;
                        /** Format: date */
                        requestedOn: string;
                        requester: string;
                        /** @default null */
                        unitId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdmissionOffgate"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admission/offgate/{id}/handle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description The office answers a report. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdmissionOffgate"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admission/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdmissionRoundList"];
                    };
                };
            };
        };
        put?: never;
        /** @description A batch round of the joint body (联席会议) with the reviewed applications it decides. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        applicationIds: string[];
                        body: string;
                        /** Format: date */
                        meetingOn: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdmissionRoundDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admission/rounds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdmissionRoundDetail"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admission/rounds/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description The joint body's decisions (approve/reject with a note), the minutes, and closing the round. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default false */
                        close?: boolean;
                        /** @default [] */
                        decisions?: {
                            /** Format: uuid */
                            applicationId: string;
                            /** @enum {string} */
                            decision: "approve" | "reject";
                            /** @default  */
                            note?: string;
                        }[];
                        minutes?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdmissionRoundDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admission/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CommunityTaskList"];
                    };
                };
            };
        };
        put?: never;
        /** @description A department sends a task to communities: refused (ADMISSION_REQUIRED, ADMISSION_NEGATIVE_LIST) unless an admitted item in force, of the sender and the kind, covering every community, is attached. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        communityCodes: string[];
                        content: string;
                        /** @default null */
                        dueOn?: string | null;
                        /** @default null */
                        itemId?: string | null;
                        /**
                         * @default task
                         * @enum {string}
                         */
                        kind?: "task" | "ledger" | "evaluation" | "inspection" | "survey" | "plaque";
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CommunityTaskSent"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admission/tasks/{id}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description The community marks its task done. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CommunityTask"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admission/workload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A community's admitted items, hours a month and money a year (its own staff: their community). */
        get: {
            parameters: {
                query?: {
                    communityCode?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdmissionWorkload"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admission/workload/communities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Every community of the district (a street office: its own) with hours and money. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdmissionDistrictWorkload"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ApiKey"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** Format: uuid */
                        unitId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiKeyCreated"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessment/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssessmentDashboard"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessment/ranking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    from?: string;
                    group?: "street" | "town" | "department" | "enterprise" | "community";
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ranking"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessment/report.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    month: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The monthly report (attachment) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessment/report.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    month: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The monthly report workbook (attachment) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessment/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssessmentSettings"];
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        departmentAddOns: {
                            reportInPunctuality: number;
                            streetRatings: number;
                        };
                        ratingScores: {
                            basically_satisfied: number;
                            satisfied: number;
                            unsatisfied: number;
                        };
                        weights: {
                            resolution: number;
                            response: number;
                            satisfaction: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssessmentSettings"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessment/units/{id}/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    from?: string;
                    limit?: number;
                    measure: "response" | "resolution" | "satisfaction";
                    outcome?: "hit" | "miss";
                    to?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Drill"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    action?: string;
                    actor?: string;
                    entity?: string;
                    entityId?: string;
                    from?: string;
                    page?: number;
                    pageSize?: number;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["AuditEntry"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            anchorSeq: string;
                            checked: number;
                            firstBreak: {
                                at: string | null;
                                expectedSeq?: string;
                                id?: string;
                                /** @enum {string} */
                                reason: "altered" | "missing" | "relinked" | "truncated";
                                seq?: string;
                            } | null;
                            headSeq: string;
                            ok: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            passwordChangedAt: string;
                            totpEnabled: boolean;
                            totpEnforced: boolean;
                            totpRequired: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string | null;
                            step: ("totp" | "change_password" | "enrol_totp") | null;
                            user: {
                                id: string;
                                name: string;
                                roles: ("resident" | "grid_worker" | "operator" | "dispatcher" | "handler" | "street_lead" | "supervisor" | "admin" | "security_admin" | "audit_admin")[];
                                scope: {
                                    code: string;
                                    /** @enum {string} */
                                    level: "city" | "district" | "street" | "community";
                                    name: string;
                                };
                                unit: {
                                    id: string;
                                    /** @enum {string} */
                                    kind: "government" | "department" | "street_office" | "community" | "enterprise";
                                    name: string;
                                };
                                username: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string | null;
                            step: ("totp" | "change_password" | "enrol_totp") | null;
                            user: {
                                id: string;
                                name: string;
                                roles: ("resident" | "grid_worker" | "operator" | "dispatcher" | "handler" | "street_lead" | "supervisor" | "admin" | "security_admin" | "audit_admin")[];
                                scope: {
                                    code: string;
                                    /** @enum {string} */
                                    level: "city" | "district" | "street" | "community";
                                    name: string;
                                };
                                unit: {
                                    id: string;
                                    /** @enum {string} */
                                    kind: "government" | "department" | "street_office" | "community" | "enterprise";
                                    name: string;
                                };
                                username: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            step: ("totp" | "change_password" | "enrol_totp") | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                createdAt: string;
                                current: boolean;
                                /** Format: date-time */
                                expiresAt: string;
                                id: string;
                                ip: string | null;
                                /** Format: date-time */
                                lastSeenAt: string;
                                pendingStep: ("totp" | "change_password" | "enrol_totp") | null;
                                user: {
                                    id: string;
                                    name: string;
                                    username: string;
                                };
                                userAgent: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            step: ("totp" | "change_password" | "enrol_totp") | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            qrDataUrl: string;
                            secret: string;
                            uri: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            step: ("totp" | "change_password" | "enrol_totp") | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/basedata/houses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    communityCode?: string;
                    gridCode?: string;
                    hazard?: "serious" | "general" | "safe";
                    page?: number;
                    pageSize?: number;
                    rental?: "true" | "false";
                    use?: "residence" | "dormitory" | "work_shed" | "office" | "commercial" | "public_service" | "industrial" | "other";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HousePage"];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        addressId: string;
                        area?: number | null;
                        builtYear?: number | null;
                        dangerous?: boolean;
                        /** @enum {string} */
                        use?: "residence" | "dormitory" | "work_shed" | "office" | "commercial" | "public_service" | "industrial" | "other";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/basedata/houses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HouseView"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        area?: number | null;
                        builtYear?: number | null;
                        dangerous?: boolean;
                        /** @enum {string} */
                        use?: "residence" | "dormitory" | "work_shed" | "office" | "commercial" | "public_service" | "industrial" | "other";
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/basedata/houses/{id}/rental": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        filingNo?: string | null;
                        /** @enum {string} */
                        hazard?: "serious" | "general" | "safe";
                        lessorOrgId?: string | null;
                        lessorPersonId?: string | null;
                        /** @enum {string} */
                        managementClass?: "A" | "B" | "C";
                        occupantActual?: number | null;
                        occupantLimit?: number | null;
                        rooms?: number | null;
                        /** @enum {string} */
                        use: "dormitory" | "housing" | "shop" | "warehouse" | "factory" | "other";
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/basedata/houses/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/basedata/import/persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PersonImportResult"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/basedata/import/persons/template.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    format: "xlsx" | "csv";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The import template (attachment) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/basedata/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    communityCode?: string;
                    gridCode?: string;
                    keyUnit?: "true" | "false";
                    kind?: "unit" | "place";
                    openHazards?: "true" | "false";
                    page?: number;
                    pageSize?: number;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrganisationPage"];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        addressId?: string | null;
                        addressText?: string | null;
                        communityCode?: string;
                        creditCode?: string | null;
                        employeeCount?: number | null;
                        gridCode?: string | null;
                        keyFire?: boolean;
                        keyPublicOrder?: boolean;
                        keyWorkSafety?: boolean;
                        /** @enum {string} */
                        kind: "unit" | "place";
                        legalRepId?: string | null;
                        name: string;
                        typeCode: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/basedata/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrganisationView"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        addressText?: string | null;
                        creditCode?: string | null;
                        employeeCount?: number | null;
                        keyFire?: boolean;
                        keyPublicOrder?: boolean;
                        keyWorkSafety?: boolean;
                        /** @enum {string} */
                        kind?: "unit" | "place";
                        legalRepId?: string | null;
                        name?: string;
                        typeCode?: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/basedata/organisations/{id}/employees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        personId: string;
                        position?: string | null;
                        since?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/basedata/organisations/{id}/hazards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description: string;
                        /** Format: date */
                        foundOn: string;
                        /** @enum {string} */
                        level: "serious" | "general";
                        rectifyBy?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/basedata/organisations/{id}/hazards/{hazardId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    hazardId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        rectification: string;
                        /** Format: date */
                        rectifiedOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/basedata/organisations/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/basedata/persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    ageBand?: "minor" | "adult" | "senior" | "advanced";
                    communityCode?: string;
                    gridCode?: string;
                    name?: string;
                    page?: number;
                    pageSize?: number;
                    populationType?: "registered" | "floating" | "unsettled" | "overseas";
                    sourceState?: "entered" | "claimed" | "verified";
                    tag?: "community_correction" | "released_prisoner" | "severe_mental" | "drug_user" | "key_youth" | "key_petitioner" | "elderly_alone" | "elderly_empty_nest" | "elderly_advanced" | "disabled" | "dibao" | "tekun" | "left_behind_child" | "entitled_group";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PersonPage"];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        birthDate?: string;
                        communityCode?: string;
                        ethnicity?: string;
                        /** @enum {string} */
                        gender?: "male" | "female";
                        gridCode?: string;
                        hukouAddress?: string;
                        idNumber?: string;
                        /** @enum {string} */
                        idType?: "resident_id" | "passport" | "hk_macao_permit" | "taiwan_permit" | "foreigner_permit";
                        name: string;
                        phone?: string;
                        residence?: {
                            householdNo?: string;
                            /** Format: uuid */
                            houseId: string;
                            /** @enum {string} */
                            hukouStatus?: "consistent" | "person_here_hukou_away" | "hukou_here_person_away";
                            /** Format: date */
                            movedIn?: string;
                            /** @enum {string} */
                            populationType: "registered" | "floating" | "unsettled" | "overseas";
                            relationToHead?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/basedata/persons/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PersonDetail"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        birthDate?: string;
                        deceased?: boolean;
                        ethnicity?: string | null;
                        /** @enum {string} */
                        gender?: "male" | "female";
                        hukouAddress?: string | null;
                        name?: string;
                        phone?: string | null;
                        reason?: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/basedata/persons/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BaseHistory"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/basedata/persons/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        householdNo?: string;
                        /** Format: uuid */
                        houseId: string;
                        /** @enum {string} */
                        hukouStatus?: "consistent" | "person_here_hukou_away" | "hukou_here_person_away";
                        /** Format: date */
                        movedOn?: string;
                        /** @enum {string} */
                        populationType: "registered" | "floating" | "unsettled" | "overseas";
                        relationToHead?: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/basedata/persons/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fields: ("name" | "idNumber" | "phone" | "tags")[];
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PersonRevealed"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/basedata/persons/{id}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        assignedUserId?: string | null;
                        details?: {
                            [key: string]: string | number | boolean;
                        };
                        level?: string | null;
                        responsibleUnitId?: string | null;
                        /** Format: date */
                        startedOn?: string;
                        /** @enum {string} */
                        tag: "community_correction" | "released_prisoner" | "severe_mental" | "drug_user" | "key_youth" | "key_petitioner" | "elderly_alone" | "elderly_empty_nest" | "elderly_advanced" | "disabled" | "dibao" | "tekun" | "left_behind_child" | "entitled_group";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/basedata/persons/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/basedata/persons/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The persons list under its filters as a workbook, masked as the viewer sees it (audited). */
        get: {
            parameters: {
                query?: {
                    ageBand?: "minor" | "adult" | "senior" | "advanced";
                    communityCode?: string;
                    gridCode?: string;
                    name?: string;
                    populationType?: "registered" | "floating" | "unsettled" | "overseas";
                    sourceState?: "entered" | "claimed" | "verified";
                    tag?: "community_correction" | "released_prisoner" | "severe_mental" | "drug_user" | "key_youth" | "key_petitioner" | "elderly_alone" | "elderly_empty_nest" | "elderly_advanced" | "disabled" | "dibao" | "tekun" | "left_behind_child" | "entitled_group";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The persons list (attachment) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/basedata/persons/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        idNumber?: string;
                        phone?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PersonPage"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/basedata/tags/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        assignedUserId?: string | null;
                        endedOn?: string | null;
                        level?: string | null;
                        responsibleUnitId?: string | null;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/baseview/caller": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        phone: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CallerLookup"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/baseview/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    grid?: string;
                    region?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BaseCounts"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/baseview/population": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    parts?: "children" | "grids";
                    region: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BasePopulation"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            days: components["schemas"]["CalendarDay"][];
                            year: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    start: string;
                    unit: "hours" | "working_hours" | "days" | "working_days";
                    value: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            due: string;
                            /** Format: date-time */
                            start: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/overrides/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    date: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "workday" | "holiday";
                        /** @default  */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date */
                            date: string;
                            /** @enum {string} */
                            kind: "workday" | "holiday";
                            note: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    date: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    categoryCode?: string;
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    status?: "registered" | "dispatched" | "in_progress" | "reported" | "closed" | "returned" | "arbitration" | "suspended" | "void" | "merged";
                    view?: "queue" | "inbox" | "verify" | "all";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["CaseSummary"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string;
                        /** @default false */
                        anonymous?: boolean;
                        categoryCode?: string;
                        /** @enum {string} */
                        channel?: "hotline" | "web" | "app" | "grid_patrol" | "open311" | "department" | "sensor" | "media";
                        closeDirect?: {
                            answer: string;
                            knowledge?: {
                                /** Format: uuid */
                                entryId: string;
                                version: number;
                            };
                        };
                        /**
                         * @default wgs84
                         * @enum {string}
                         */
                        coordSystem?: "wgs84" | "gcj02";
                        description: string;
                        /** @default false */
                        keepPrivate?: boolean;
                        lat?: number;
                        lon?: number;
                        /** @default [] */
                        photoIds?: string[];
                        reporterName?: string;
                        reporterPhone?: string;
                        /**
                         * @default help
                         * @enum {string}
                         */
                        requestType?: "consult" | "help" | "complaint" | "report" | "suggestion";
                        title?: string;
                        /** @enum {string} */
                        urgency?: "emergency" | "urgent" | "ordinary" | "complex";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CaseDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CaseDetail"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/actions/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    action: "dispatch" | "accept" | "return" | "progress" | "report" | "verify_pass" | "verify_fail" | "request_extension" | "approve_extension" | "reject_extension" | "suspend" | "resume" | "void" | "merge" | "close_direct" | "callback" | "reopen" | "urge" | "assist_accept" | "assist_report" | "release_assist";
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": unknown;
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CaseDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/callers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default false */
                        anonymous?: boolean;
                        /**
                         * @default hotline
                         * @enum {string}
                         */
                        channel?: "hotline" | "web" | "app" | "grid_patrol" | "open311" | "department" | "sensor" | "media";
                        description: string;
                        duplicateSession?: string;
                        reporterName?: string;
                        reporterPhone?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            callerId: string;
                            callers: number;
                            caseId: string;
                            informed: boolean;
                            /** @enum {string} */
                            status: "registered" | "dispatched" | "in_progress" | "reported" | "closed" | "returned" | "arbitration" | "suspended" | "void" | "merged";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/place-facts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlaceFacts"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/publication": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canHide: boolean;
                            hiddenAt: string | null;
                            keepPrivate: boolean;
                            publicId: string | null;
                            published: boolean;
                            reason: string | null;
                            view: {
                                address: string | null;
                                coarse: boolean;
                                description: string;
                                lat: number | null;
                                lon: number | null;
                                outcome: string | null;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** @description Hide the case from the public feed (hidden: true) or show it again; dispatchers, supervisors, admins. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        hidden: boolean;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canHide: boolean;
                            hiddenAt: string | null;
                            keepPrivate: boolean;
                            publicId: string | null;
                            published: boolean;
                            reason: string | null;
                            view: {
                                address: string | null;
                                coarse: boolean;
                                description: string;
                                lat: number | null;
                                lon: number | null;
                                outcome: string | null;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/reporter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    reason: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Reporter"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/routing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    categoryCode: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assists: {
                                /** Format: uuid */
                                id: string;
                                kind: string;
                                name: string;
                            }[];
                            category: {
                                code: string;
                                nameEn: string;
                                nameZh: string;
                            };
                            categoryCode: string;
                            lead: {
                                /** Format: uuid */
                                id: string;
                                kind: string;
                                name: string;
                            } | null;
                            /** @enum {string} */
                            source: "duty" | "local_fallback" | "district_fallback";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/category-suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The classifier's ranked categories with the words that drove them, for up to 50 cases (the dispatcher's queue) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ids: string[];
                        /** @default 3 */
                        limit?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CategorySuggestions"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string;
                        categoryCode?: string;
                        lat?: number;
                        lon?: number;
                        phone?: string;
                        sessionKey?: string;
                        text: string;
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                case: {
                                    address: string | null;
                                    category: {
                                        code: string;
                                        nameEn: string;
                                        nameZh: string;
                                    } | null;
                                    /** Format: date-time */
                                    createdAt: string;
                                    id: string;
                                    /** @enum {string} */
                                    status: "registered" | "dispatched" | "in_progress" | "reported" | "closed" | "returned" | "arbitration" | "suspended" | "void" | "merged";
                                    street: {
                                        code: string;
                                        name: string;
                                    } | null;
                                    title: string;
                                };
                                days: number;
                                distanceM: number | null;
                                reasons: ("same_caller" | "same_text" | "near_similar")[];
                                sameCaller: boolean;
                                sameGroup: boolean;
                                score: number;
                                similarity: number;
                            }[];
                            threshold: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/inbox/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InboxSummary"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/nearby": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    categoryCode?: string;
                    lat: number;
                    lon: number;
                    radiusM?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["CaseSummary"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Category"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        code: string;
                        /**
                         * @default ordinary
                         * @enum {string}
                         */
                        defaultUrgency?: "emergency" | "urgent" | "ordinary" | "complex";
                        facility?: boolean;
                        /** @default false */
                        gridSolvable?: boolean;
                        keywords?: string[];
                        nameEn: string;
                        nameZh: string;
                        parentCode?: string | null;
                        public?: boolean;
                        serviceCode?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/categories/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        /** @enum {string} */
                        defaultUrgency?: "emergency" | "urgent" | "ordinary" | "complex";
                        facility?: boolean;
                        gridSolvable?: boolean;
                        keywords?: string[];
                        nameEn?: string;
                        nameZh?: string;
                        public?: boolean;
                        serviceCode?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/classify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    limit?: number;
                    text: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            suggestions: {
                                code: string;
                                confidence: number;
                                nameEn: string;
                                nameZh: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classify/explain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ranked category suggestions with the words that drove them, and the auto-dispatch threshold */
        get: {
            parameters: {
                query: {
                    limit?: number;
                    text: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            modelVersion: number | null;
                            suggestions: {
                                code: string;
                                confidence: number;
                                nameEn: string;
                                nameZh: string;
                                terms: {
                                    term: string;
                                    weight: number;
                                }[];
                            }[];
                            threshold: number | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboard/map": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    categoryCode?: string;
                    channel?: "hotline" | "web" | "app" | "grid_patrol" | "open311" | "department" | "sensor" | "media";
                    regionCode?: string;
                    unitId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DashboardMap"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboard/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    categoryCode?: string;
                    channel?: "hotline" | "web" | "app" | "grid_patrol" | "open311" | "department" | "sensor" | "media";
                    from?: string;
                    regionCode?: string;
                    to?: string;
                    unitId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DashboardSummary"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deadline-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["DeadlinePolicy"][];
                        };
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        accept: {
                            /** @enum {string} */
                            unit: "hours" | "working_hours" | "days" | "working_days";
                            value: number;
                        };
                        categoryCode: string | null;
                        resolve: {
                            /** @enum {string} */
                            unit: "hours" | "working_hours" | "days" | "working_days";
                            value: number;
                        };
                        respond: {
                            /** @enum {string} */
                            unit: "hours" | "working_hours" | "days" | "working_days";
                            value: number;
                        };
                        /** @enum {string} */
                        urgency: "emergency" | "urgent" | "ordinary" | "complex";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deadline-policies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duplicates/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        candidateId: string;
                        /** @enum {string} */
                        decision: "confirmed" | "rejected";
                        sessionKey: string;
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            decision: "confirmed" | "rejected";
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duplicates/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    weeks?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: {
                                acceptance: number | null;
                                confirmed: number;
                                rejected: number;
                                shown: number;
                            };
                            weeks: {
                                acceptance: number | null;
                                confirmed: number;
                                rejected: number;
                                shown: number;
                                week: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    categoryCode?: string;
                    page?: number;
                    pageSize?: number;
                    regionCode?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Duty"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        categoryCode: string;
                        note?: string | null;
                        parties: {
                            localStreet?: boolean;
                            /** @enum {string} */
                            role: "lead" | "coordinate" | "assist";
                            unitId?: string | null;
                        }[];
                        regionCode: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duties/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        categoryCode: string;
                        note?: string | null;
                        parties: {
                            localStreet?: boolean;
                            /** @enum {string} */
                            role: "lead" | "coordinate" | "assist";
                            unitId?: string | null;
                        }[];
                        regionCode: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duties/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    categoryCode: string;
                    lat: number;
                    lon: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DutyResolution"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/export/{entity}.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    entity: "units" | "users" | "categories" | "duties";
                    format: "xlsx" | "csv";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The table as a workbook or CSV (attachment) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/export/boundaries.geojson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    level: "street" | "community" | "grid";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description GeoJSON FeatureCollection (attachment) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/geo+json": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/field/buildings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Buildings of the grid worker's grids (staff: their territory), by name. */
        get: {
            parameters: {
                query?: {
                    gridCode?: string;
                    limit?: number;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FieldBuildingList"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/field/buildings/{addressId}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A building's 楼盘表: units → floors → rooms, each room's house (use, rented, verified) and residents, names masked and tags by privacy class. Grid workers for their grids; community and street staff. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    addressId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FloorPlan"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/field/buildings/{addressId}/rooms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description A room found on site: its address under a floor (unit, building) of this building and its house. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    addressId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewRoomInput"];
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FloorPlanRoomCreated"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/field/bundle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description What the phone keeps for offline work: the worker's grids, roads, buildings, key places, households (names masked and tags filtered by the privacy classes as the persons list shows them), due visits, checklists per tag and settings, with a version hash. A community or street user asks for one grid of their territory (?grid=). Audited (one row per bundle, with counts). */
        get: {
            parameters: {
                query?: {
                    grid?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FieldBundle"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/field/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Which grids of the territory were patrolled today or this week (Asia/Shanghai). */
        get: {
            parameters: {
                query?: {
                    period?: "today" | "week";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Coverage"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/field/log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A grid worker's daily patrol log (Asia/Shanghai day): patrols, check-ins, findings (cases reported), quick fixes, visits. The worker's own; the leads' and supervisors' workers (?worker=). */
        get: {
            parameters: {
                query: {
                    date: string;
                    worker?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FieldDailyLog"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/field/patrols": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The patrol log: a grid worker's own; a lead's or supervisor's jurisdiction. */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    gridCode?: string;
                    page?: number;
                    pageSize?: number;
                    to?: string;
                    workerId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PatrolPage"];
                    };
                };
            };
        };
        put?: never;
        /** @description A patrol from the phone, exactly once by its client instance id: the same id and content again answers "duplicate" and adds nothing; the same id with other content is refused (409); an edit names the instance it replaces and a reason, and becomes the next version. Grid workers, for their own grids. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PatrolSubmissionInput"];
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PatrolReceipt"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/field/patrols/{id}/track": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A patrol's track points and check-ins: the worker and the leads and supervisors over the worker only; others' reads are audited. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PatrolTrack"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/field/quick-fixes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description 小事不出格: a small matter settled on the spot, with photos before and after (the worker's own uploads, kept with it). Exactly once by its client instance id: created 201; the same again 200 "duplicate"; other content under the id 409; an edit names the instance it replaces and a reason (200). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["QuickFixSubmissionInput"];
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["QuickFixReceipt"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["QuickFixReceipt"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/field/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The visit rules in force (defaults from practice with their sources, and what the deployment changed) and the field-work settings. District/city administrators, supervisors, street leads. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FieldRules"];
                    };
                };
            };
        };
        /** @description Sets the rule of a tag and level (level null: every level without its own), or switches it off (active false). Audited. District/city administrators. */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["VisitRuleEditInput"];
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FieldRules"];
                    };
                };
            };
        };
        post?: never;
        /** @description Back to the default from practice for this tag and level (a rule added: no rule). Audited. */
        delete: {
            parameters: {
                query: {
                    level?: string;
                    tag: "community_correction" | "released_prisoner" | "severe_mental" | "drug_user" | "key_youth" | "key_petitioner" | "elderly_alone" | "elderly_empty_nest" | "elderly_advanced" | "disabled" | "dibao" | "tekun" | "left_behind_child" | "entitled_group";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FieldRules"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/field/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description Field-work settings: GPS accuracy threshold, track interval and retention, sign-off deadlines. Audited. */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FieldSettingsInInput"];
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FieldRules"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/field/signoffs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Visit anomalies the caller's unit must sign for (签收), with their yellow/red light. */
        get: {
            parameters: {
                query?: {
                    state?: "pending" | "signed" | "replied";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VisitSignoffList"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/field/signoffs/{id}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description The unit's reply to a signed visit anomaly (once). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reply: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VisitSignoff"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/field/signoffs/{id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description 签收: the unit signs for a visit anomaly (once). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VisitSignoff"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/field/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A grid worker's own tasks; street or community staff and supervisors: the tasks of their territory's grids, by status, overdue, worker, grid and kind. Open tasks first, by deadline. */
        get: {
            parameters: {
                query?: {
                    gridCode?: string;
                    kind?: "verify_case" | "collect_report" | "visit" | "inspect" | "collect_building" | "other";
                    overdue?: "true" | "false";
                    page?: number;
                    pageSize?: number;
                    status?: "assigned" | "accepted" | "done" | "cancelled";
                    workerId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FieldTaskPage"];
                    };
                };
            };
        };
        put?: never;
        /** @description Give a grid worker of your territory a task with a deadline (street or community staff); the kind names its target (a case, a 一表通 instance, a person, a place, a building). The worker is notified. Accepts an Idempotency-Key. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewFieldTaskInput"];
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FieldTask"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/field/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FieldTask"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/field/tasks/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description The worker accepts a task given to them. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FieldTask"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/field/tasks/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description The issuing side cancels an open task, with a reason; the worker is notified. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FieldTask"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/field/tasks/{id}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description The worker reports the task done with evidence and photos, exactly once by a client instance id (the same id and content again adds nothing; other content under it: 409; an edit replaces it with a reason). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FieldTaskDoneInput"];
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FieldTaskReceipt"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/field/tasks/workers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The grid workers of your territory with their grids and open tasks (to pick whom to give a task). */
        get: {
            parameters: {
                query?: {
                    gridCode?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FieldTaskWorkers"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/field/uploads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A photo kept by a field record (a visit, a quick fix), to whoever may read that record: a visit photo follows the visit's class (a P3 person's is P3) and is audited when read by others than its worker. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The photo */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/gif": string;
                        "image/jpeg": string;
                        "image/png": string;
                        "image/webp": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/field/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description A household visit from the phone, exactly once by its client instance id (as for patrols). Moves the tag's visit clock; an anomaly goes to the tag's responsible department with yellow and red sign-off deadlines. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["VisitSubmissionInput"];
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VisitReceipt"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/field/visits/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A visit with its sign-off state: its worker; whoever the base data shows its class to (the street over it, the tag's department) — audited. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FieldVisit"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/field/visits/due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A grid worker's household visits by rule (visit rules per tag and level over the base data's tags): overdue first, then due, then upcoming. Tags the worker may only reveal are listed by class. */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    state?: "all" | "overdue" | "due" | "upcoming";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VisitsDue"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fieldview/grids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Every grid of the territory with its workers, patrols in the period and the last one, visits due and overdue, open and overdue tasks. */
        get: {
            parameters: {
                query?: {
                    period?: "today" | "week";
                    scope?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FieldGrids"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fieldview/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Field work of a territory (street, community or the district; default the jurisdiction) today or this week: staffing, coverage, patrols, quick fixes, visits by rule per tag (P3 only to whom it is visible), sign-offs of anomalies, tasks and mediation files. Street leads, community staff and supervisors. */
        get: {
            parameters: {
                query?: {
                    period?: "today" | "week";
                    scope?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FieldOverview"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fieldview/patrols/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description One patrol for the drill-down: start and end, check-ins, findings (cases reported during it), quick fixes, and its GPS track — the track only to the worker and the worker's supervisors (audited); the street's dispatcher reads the patrol without it. Other workers: forbidden; other territories: not found. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FieldPatrolRecord"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fieldview/quick-fixes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description One quick fix (小事不出格) with its before and after photos: its worker, and the leads and supervisors over its grid. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FieldQuickFixRecord"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fieldview/visits/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description One household visit for the drill-down: mode, point with accuracy, photos, checklist, the anomaly and the case or department sign-off (签收) it opened, the base data it updated. By the privacy classes: its worker sees it all; others as their class view of the person allows — hidden: not found; masked: no detail; revealable: the detail with a stated reason (`reveal`); every read by others is audited. */
        get: {
            parameters: {
                query?: {
                    reveal?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FieldVisitRecord"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fieldview/workers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A grid worker's log (patrols, quick fixes, visits as the viewer may see them, tasks, visits due): the leads over the worker, or the worker themself. P2/P3 visits shown with their tag are audited. */
        get: {
            parameters: {
                query?: {
                    days?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FieldWorker"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/geo/locate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    lat: number;
                    lon: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LocateResult"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/grids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    regionCode?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["GridRow"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        boundary: {
                            coordinates: [
                                number,
                                number
                            ][][];
                            /** @enum {string} */
                            type: "Polygon";
                        } | {
                            coordinates: [
                                number,
                                number
                            ][][][];
                            /** @enum {string} */
                            type: "MultiPolygon";
                        };
                        code: string;
                        communityCode: string;
                        /** @default 0 */
                        households?: number;
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/grids/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GridDetail"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        boundary?: {
                            coordinates: [
                                number,
                                number
                            ][][];
                            /** @enum {string} */
                            type: "Polygon";
                        } | {
                            coordinates: [
                                number,
                                number
                            ][][][];
                            /** @enum {string} */
                            type: "MultiPolygon";
                        };
                        households?: number;
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GridDetail"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/grids/{code}/workers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        userIds: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GridDetail"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            database: string;
                            status: string;
                            version: string;
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            database: string;
                            status: string;
                            version: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hotspots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Hot issues of the latest run by heat: clusters with a case the caller sees (a street its own, the district all); only hot ones (U ≥ 3) unless all=true. */
        get: {
            parameters: {
                query?: {
                    all?: "true" | "false";
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            computedAt: string | null;
                            items: {
                                cases: number;
                                computedAt: string;
                                description: string;
                                dislikes: number;
                                firstAt: string;
                                group: {
                                    code: string;
                                    nameEn: string;
                                    nameZh: string;
                                };
                                heat: number;
                                hot: boolean;
                                id: string;
                                lastAt: string;
                                likes: number;
                                perDay: {
                                    count: number;
                                    day: string;
                                }[];
                                place: {
                                    key: string;
                                    kind: string;
                                    label: string;
                                } | null;
                                reporters: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hotspots/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            caseList: {
                                address: string | null;
                                createdAt: string;
                                id: string;
                                likes: number;
                                status: string;
                                title: string;
                            }[];
                            cases: number;
                            computedAt: string;
                            description: string;
                            dislikes: number;
                            firstAt: string;
                            group: {
                                code: string;
                                nameEn: string;
                                nameZh: string;
                            };
                            heat: number;
                            hiddenCases: number;
                            hot: boolean;
                            id: string;
                            lastAt: string;
                            likes: number;
                            opinion: {
                                /** @enum {string} */
                                by: "auto" | "operator";
                                heat: number;
                                id: string;
                                publishedAt: string;
                                /** @enum {string} */
                                sentiment: "negative" | "neutral" | "positive";
                                source: string;
                                title: string;
                                url: string | null;
                            }[];
                            perDay: {
                                count: number;
                                day: string;
                            }[];
                            place: {
                                key: string;
                                kind: string;
                                label: string;
                            } | null;
                            reporters: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hotspots/monthly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description 每月一题: the month’s recurring problems (group × place or population) ranked, with the trend. */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    month?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canPick: boolean;
                            month: string;
                            previousMonths: string[];
                            topics: {
                                cases: number;
                                group: {
                                    code: string;
                                    nameEn: string;
                                    nameZh: string;
                                };
                                key: string;
                                place: {
                                    key: string;
                                    kind: string;
                                    label: string;
                                };
                                previous: number[];
                                recurring: boolean;
                                reporters: number;
                                taskId: string | null;
                                trend: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hotspots/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Runs the hotspots job now (district supervisors and administrators). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cases: number;
                            clusters: number;
                            hot: number;
                            ms: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/import/{entity}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    entity: "units" | "users" | "categories" | "duties";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportResult"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/import/boundaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            updated: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/knowledge/catalog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The catalogue tree (目录) with entry counts. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            nodes: components["schemas"]["KnowledgeCatalogNode"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/knowledge/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Entries of a catalogue node and below, of a kind or an owner unit. */
        get: {
            parameters: {
                query?: {
                    catalogId?: string;
                    kind?: "policy" | "guide" | "faq";
                    ownerUnitId?: string;
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["KnowledgeEntrySummary"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** @description A new entry (version 1). Accepts an Idempotency-Key. District administrators or the owner unit. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        catalogId: string;
                        content: {
                            answer: string;
                            /** @default  */
                            body?: string;
                            /** @default [] */
                            categoryCodes?: string[];
                            /** @default [] */
                            keywords?: string[];
                            /** @default [] */
                            materials?: {
                                /** @default 1 */
                                copies?: number;
                                issuer?: string;
                                name: string;
                                notes?: string;
                                /** @default true */
                                required?: boolean;
                            }[];
                            title: string;
                        };
                        /** @enum {string} */
                        kind: "policy" | "guide" | "faq";
                        /** Format: uuid */
                        ownerUnitId: string;
                        /** @default true */
                        public?: boolean;
                        reviewDue?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["KnowledgeEntryDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/knowledge/entries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description An entry: the current version (or ?version=), the list of versions, counts, review state. */
        get: {
            parameters: {
                query?: {
                    version?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["KnowledgeEntryDetail"];
                    };
                };
            };
        };
        /** @description Edit: a new version from the version the editor started on (409 when another was saved meanwhile, or nothing changed). The owner unit or a district administrator. */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        basedOn: number;
                        content: {
                            answer: string;
                            /** @default  */
                            body?: string;
                            /** @default [] */
                            categoryCodes?: string[];
                            /** @default [] */
                            keywords?: string[];
                            /** @default [] */
                            materials?: {
                                /** @default 1 */
                                copies?: number;
                                issuer?: string;
                                name: string;
                                notes?: string;
                                /** @default true */
                                required?: boolean;
                            }[];
                            title: string;
                        };
                        note?: string;
                        reviewDue?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["KnowledgeEntryDetail"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/knowledge/entries/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Answer a consultation from this entry: the call is registered as a consultation and closed at once (直接办结), citing the entry and version; counted. Accepts an Idempotency-Key. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        answer?: string;
                        case: {
                            address?: string;
                            /** @default false */
                            anonymous?: boolean;
                            categoryCode?: string;
                            /** @enum {string} */
                            channel?: "hotline" | "web" | "app" | "grid_patrol" | "open311" | "department" | "sensor" | "media";
                            /**
                             * @default wgs84
                             * @enum {string}
                             */
                            coordSystem?: "wgs84" | "gcj02";
                            description: string;
                            /** @default false */
                            keepPrivate?: boolean;
                            lat?: number;
                            lon?: number;
                            /** @default [] */
                            photoIds?: string[];
                            reporterName?: string;
                            reporterPhone?: string;
                            title?: string;
                            /** @enum {string} */
                            urgency?: "emergency" | "urgent" | "ordinary" | "complex";
                        };
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CaseDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/knowledge/entries/{id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description The operator's helped / did not help on a version (after the caller's answer). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        caseId?: string;
                        helped: boolean;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            counts: components["schemas"]["KnowledgeCounts"];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/knowledge/entries/{id}/print": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description The 一次性告知 sheet of a version, to print; counted. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["KnowledgePrintSheet"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/knowledge/entries/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description The owner confirms the entry is still right: the next review on the date given or in a year. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        nextReviewDue?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["KnowledgeEntryDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/knowledge/entries/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description 一次性告知 by SMS: the materials list and the link to the public page, to the phone given; counted, audited. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        phone: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            phone: string;
                            sent: boolean;
                            text: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/knowledge/review-due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Entries whose review is overdue or due within 30 days: the caller's unit's (administrators: all or one unit's). */
        get: {
            parameters: {
                query?: {
                    ownerUnitId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["KnowledgeEntrySummary"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/knowledge/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Entries matching the words of a text as it is typed (jieba words, prefix match, title weighted), best first, each with a snippet and the words found; optionally only those linked to a category. */
        get: {
            parameters: {
                query?: {
                    category?: string;
                    limit?: number;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            hits: components["schemas"]["KnowledgeSearchHit"][];
                            ms: number;
                            terms: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/knowledge/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Uses (answers, prints, SMS) and helped / not helped per entry in a period (default 30 days). */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date */
                            from: string;
                            rows: {
                                counts: components["schemas"]["KnowledgeCounts"];
                                id: string;
                                /** @enum {string} */
                                kind: "policy" | "guide" | "faq";
                                lastUsedAt: string | null;
                                ownerUnitName: string;
                                title: string;
                            }[];
                            /** Format: date */
                            to: string;
                            totals: components["schemas"]["KnowledgeCounts"];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mediation/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Files of the territory (committee, supervisor) or that the caller opened (grid worker); parties masked. courtDue=true: agreements whose 30-day window for judicial confirmation is open, soonest first. */
        get: {
            parameters: {
                query?: {
                    courtDue?: "true" | "false";
                    disputeType?: "marriage_family" | "neighbour" | "property_land" | "contract" | "damages" | "labour" | "property_service" | "traffic" | "medical" | "other";
                    page?: number;
                    pageSize?: number;
                    status?: "received" | "referred" | "assigned" | "mediating" | "agreed" | "terminated" | "closed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MediationFilePage"];
                    };
                };
            };
        };
        put?: never;
        /** @description Open a mediation file from a case, a patrol, a walk-in or a referral: numbered per committee and year (（2026）滨河人调字第1号); parties from the base (person id) or typed (kept encrypted). Accepts an Idempotency-Key. The committee (street or community staff) and grid workers (for their grids). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        caseId?: string;
                        communityCode?: string;
                        /** @enum {string} */
                        disputeType: "marriage_family" | "neighbour" | "property_land" | "contract" | "damages" | "labour" | "property_service" | "traffic" | "medical" | "other";
                        gridCode?: string;
                        parties: {
                            address?: string;
                            idNumber?: string;
                            name?: string;
                            /** Format: uuid */
                            personId?: string;
                            phone?: string;
                            /** @enum {string} */
                            role: "applicant" | "respondent" | "third_party";
                        }[];
                        request?: string;
                        /** @enum {string} */
                        source: "case" | "patrol" | "walk_in" | "referral";
                        summary: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MediationFileDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mediation/files/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A file: parties (names in full for the committee, audited; masked for others), sessions, history, document index (卷内目录) and the steps the caller may take. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MediationFileDetail"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mediation/files/{id}/agreement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description The outcome: a written agreement (terms, performance, every party signed) or an oral one recorded; starts the 30-day window for judicial confirmation. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        effectiveOn: string;
                        facts: string;
                        /** @enum {string} */
                        kind: "written";
                        performanceManner: string;
                        /** Format: date */
                        performBy: string;
                        signedPartyIds: string[];
                        terms: string[];
                    } | {
                        /** Format: date */
                        effectiveOn: string;
                        /** @enum {string} */
                        kind: "oral";
                        performanceManner?: string;
                        /** Format: date */
                        performBy?: string;
                        terms: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MediationFileDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mediation/files/{id}/court-application": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description The parties applied to a court for judicial confirmation (司法确认) within the window. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        appliedOn: string;
                        court?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MediationFileDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mediation/files/{id}/follow-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Follow-up on performance (回访): performed closes the file. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                        /** @enum {string} */
                        performance: "performed" | "partly" | "not_performed";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MediationFileDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mediation/files/{id}/mediator": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Name the mediator, a member of the committee over the place; refused when the mediator must withdraw (回避). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        mediatorId: string;
                        /** @default [] */
                        relatedPersonIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MediationFileDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mediation/files/{id}/notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description The rights-and-duties notice (权利义务告知) was given to the parties: required before any session. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        givenOn: string;
                        /** @enum {string} */
                        way: "written" | "oral";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MediationFileDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mediation/files/{id}/parties/{partyId}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description A party's phone or ID number in full, for the committee, with a reason; audited. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    partyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        field: "phone" | "idNumber";
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MediationReveal"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mediation/files/{id}/print": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A printable document (调解协议书 or 权利义务告知书) with the parties in full: the committee only; audited. */
        get: {
            parameters: {
                query: {
                    doc: "agreement" | "notice";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MediationPrint"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mediation/files/{id}/recuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description A party asks for the mediator to withdraw (or the mediator withdraws): the file awaits another mediator. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        partyId?: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MediationFileDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mediation/files/{id}/screen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Screening (受理审查): accept, or refer an out-of-scope matter to its route with the reason. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "accept";
                        note?: string;
                    } | {
                        /** @enum {string} */
                        decision: "refer";
                        reason: string;
                        /** @enum {string} */
                        route: "arbitration" | "litigation" | "petition" | "administrative" | "police";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MediationFileDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mediation/files/{id}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description A mediation session and its record (调解记录). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        heldAt: string;
                        place?: string;
                        record: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MediationFileDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mediation/files/{id}/terminate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Mediation ended without agreement, with the other routes explained to the parties. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        routesExplained: ("arbitration" | "litigation" | "petition" | "administrative" | "police")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MediationFileDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mediation/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Files by dispute type and outcome for a street or community of the jurisdiction and a period. */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    regionCode?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MediationStats"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my/cases/{id}/data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            canEraseContact: boolean;
                            category: {
                                code: string;
                                nameEn: string;
                                nameZh: string;
                            } | null;
                            closedAt: string | null;
                            contact: {
                                anonymous: boolean;
                                erasedAt: string | null;
                                name: string | null;
                                phone: string | null;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            id: string;
                            location: {
                                lat: number;
                                lon: number;
                            } | null;
                            publication: {
                                hiddenAt: string | null;
                                keepPrivate: boolean;
                                publicId: string | null;
                                published: boolean;
                                reason: string | null;
                                view: {
                                    address: string | null;
                                    coarse: boolean;
                                    description: string;
                                    lat: number | null;
                                    lon: number | null;
                                    outcome: string | null;
                                } | null;
                            };
                            retention: {
                                contactKeptUntil: string | null;
                                days: number;
                            };
                            status: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my/cases/{id}/erase-contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            canEraseContact: boolean;
                            category: {
                                code: string;
                                nameEn: string;
                                nameZh: string;
                            } | null;
                            closedAt: string | null;
                            contact: {
                                anonymous: boolean;
                                erasedAt: string | null;
                                name: string | null;
                                phone: string | null;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            id: string;
                            location: {
                                lat: number;
                                lon: number;
                            } | null;
                            publication: {
                                hiddenAt: string | null;
                                keepPrivate: boolean;
                                publicId: string | null;
                                published: boolean;
                                reason: string | null;
                                view: {
                                    address: string | null;
                                    coarse: boolean;
                                    description: string;
                                    lat: number | null;
                                    lon: number | null;
                                    outcome: string | null;
                                } | null;
                            };
                            retention: {
                                contactKeptUntil: string | null;
                                days: number;
                            };
                            status: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    unread?: "0" | "1" | "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NotificationPage"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        all?: true;
                        ids?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unread: number;
                            updated: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Server-Sent Events: `event: notification` with the item as JSON; a comment every 25 s. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Server-Sent Events: `event: notification`, data a Notification as JSON */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opinion/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Alerts in your jurisdiction with their clocks (24 h 重特大 / 48 h, 国办发〔2016〕61号). */
        get: {
            parameters: {
                query?: {
                    clock?: "open" | "overdue" | "responded" | "responded_late";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            counts: {
                                open: number;
                                overdue: number;
                                responded: number;
                                respondedLate: number;
                            };
                            items: components["schemas"]["OpinionAlert"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opinion/alerts/{id}/respond": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description The district's response to an alert; stops its clock. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        response: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            clock: "open" | "overdue" | "responded" | "responded_late";
                            id: string;
                            /** Format: date-time */
                            respondedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opinion/feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description A monitoring vendor's push: the same body as POST /opinion/items, authenticated by X-Api-Key. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            /** @default 0 */
                            comments?: number;
                            /** @default 0 */
                            likes?: number;
                            /** Format: date-time */
                            publishedAt: string;
                            ref?: string;
                            regionCode?: string;
                            /** @default 0 */
                            reposts?: number;
                            /** @enum {string} */
                            sentiment?: "negative" | "neutral" | "positive";
                            source: string;
                            /** @default  */
                            text?: string;
                            title: string;
                            /** Format: uri */
                            url?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alerts: number;
                            created: number;
                            items: {
                                alertId: string | null;
                                clusterCaseId: string | null;
                                created: boolean;
                                id: string;
                            }[];
                            updated: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opinion/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Upload a CSV or xlsx, one post a row; headers 来源 编号 链接 标题 内容 发布时间 情感 转发 评论 点赞 区划代码 (or source ref url title text publishedAt sentiment reposts comments likes regionCode). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alerts: number;
                            created: number;
                            items: {
                                alertId: string | null;
                                clusterCaseId: string | null;
                                created: boolean;
                                id: string;
                            }[];
                            updated: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opinion/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Items in your jurisdiction, hottest first (district-wide users also see items about no region). */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    linked?: "yes" | "no";
                    offset?: number;
                    sentiment?: "negative" | "neutral" | "positive";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["OpinionItem"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** @description Store items (JSON), once per (source, ref or url): the same item again only updates its reach. Raises the alerts the rule calls for. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            /** @default 0 */
                            comments?: number;
                            /** @default 0 */
                            likes?: number;
                            /** Format: date-time */
                            publishedAt: string;
                            ref?: string;
                            regionCode?: string;
                            /** @default 0 */
                            reposts?: number;
                            /** @enum {string} */
                            sentiment?: "negative" | "neutral" | "positive";
                            source: string;
                            /** @default  */
                            text?: string;
                            title: string;
                            /** Format: uri */
                            url?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alerts: number;
                            created: number;
                            items: {
                                alertId: string | null;
                                clusterCaseId: string | null;
                                created: boolean;
                                id: string;
                            }[];
                            updated: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opinion/items/{id}/attach": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Attach the item to an existing case you can see. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        caseId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            caseId: string;
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opinion/items/{id}/case": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Make the item a case of the media channel (ordinary intake); the item keeps its number. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            caseId: string;
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opinion/items/{id}/cluster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Attach the item to a current hot issue you see (GET /hotspots lists them); it counts as one like in its heat. New items are attached automatically when their text matches a hot issue. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        clusterId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            clusterId: string;
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opinion/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The alert heat (opinion_alert_heat, 100) and the 重特大 heat (opinion_major_heat, 1000). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alertHeat: number;
                            majorHeat: number;
                        };
                    };
                };
            };
        };
        /** @description District or city administrators only. */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        alertHeat: number;
                        majorHeat: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alertHeat: number;
                            majorHeat: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Days after closure that a case keeps its contact data (case_contact_retention_days, 1095). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contactRetentionDays: number;
                        };
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contactRetentionDays: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contactRetentionDays: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proactive-tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    status?: "open" | "closed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canCreate: boolean;
                            items: {
                                closedAt: string | null;
                                closeNote: string | null;
                                clusterDescription: string | null;
                                coUnits: {
                                    id: string;
                                    name: string;
                                }[];
                                createdAt: string;
                                deadline: string;
                                group: {
                                    code: string;
                                    nameEn: string;
                                    nameZh: string;
                                };
                                id: string;
                                month: string | null;
                                owner: {
                                    id: string;
                                    name: string;
                                };
                                place: {
                                    key: string;
                                    kind: string;
                                    label: string;
                                };
                                plan: string;
                                /** @enum {string} */
                                status: "open" | "closed";
                                title: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** @description A topic or hot cluster becomes a proactive task (主动治理); its units are notified. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        clusterId?: string;
                        /** @default [] */
                        coUnitIds?: string[];
                        /** Format: date */
                        deadline: string;
                        group: string;
                        month?: string;
                        /** Format: uuid */
                        ownerUnitId: string;
                        place: {
                            key: string;
                            kind: string;
                            label: string;
                        };
                        plan: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canManage: boolean;
                            canNote: boolean;
                            closedAt: string | null;
                            closeNote: string | null;
                            clusterDescription: string | null;
                            coUnits: {
                                id: string;
                                name: string;
                            }[];
                            createdAt: string;
                            deadline: string;
                            effect: {
                                after: (number | null)[];
                                afterMean: number | null;
                                before: number[];
                                beforeMean: number;
                                change: number | null;
                            };
                            group: {
                                code: string;
                                nameEn: string;
                                nameZh: string;
                            };
                            id: string;
                            month: string | null;
                            notes: {
                                author: string;
                                body: string;
                                createdAt: string;
                                id: string;
                            }[];
                            owner: {
                                id: string;
                                name: string;
                            };
                            place: {
                                key: string;
                                kind: string;
                                label: string;
                            };
                            plan: string;
                            /** @enum {string} */
                            status: "open" | "closed";
                            title: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proactive-tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canManage: boolean;
                            canNote: boolean;
                            closedAt: string | null;
                            closeNote: string | null;
                            clusterDescription: string | null;
                            coUnits: {
                                id: string;
                                name: string;
                            }[];
                            createdAt: string;
                            deadline: string;
                            effect: {
                                after: (number | null)[];
                                afterMean: number | null;
                                before: number[];
                                beforeMean: number;
                                change: number | null;
                            };
                            group: {
                                code: string;
                                nameEn: string;
                                nameZh: string;
                            };
                            id: string;
                            month: string | null;
                            notes: {
                                author: string;
                                body: string;
                                createdAt: string;
                                id: string;
                            }[];
                            owner: {
                                id: string;
                                name: string;
                            };
                            place: {
                                key: string;
                                kind: string;
                                label: string;
                            };
                            plan: string;
                            /** @enum {string} */
                            status: "open" | "closed";
                            title: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proactive-tasks/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canManage: boolean;
                            canNote: boolean;
                            closedAt: string | null;
                            closeNote: string | null;
                            clusterDescription: string | null;
                            coUnits: {
                                id: string;
                                name: string;
                            }[];
                            createdAt: string;
                            deadline: string;
                            effect: {
                                after: (number | null)[];
                                afterMean: number | null;
                                before: number[];
                                beforeMean: number;
                                change: number | null;
                            };
                            group: {
                                code: string;
                                nameEn: string;
                                nameZh: string;
                            };
                            id: string;
                            month: string | null;
                            notes: {
                                author: string;
                                body: string;
                                createdAt: string;
                                id: string;
                            }[];
                            owner: {
                                id: string;
                                name: string;
                            };
                            place: {
                                key: string;
                                kind: string;
                                label: string;
                            };
                            plan: string;
                            /** @enum {string} */
                            status: "open" | "closed";
                            title: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proactive-tasks/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canManage: boolean;
                            canNote: boolean;
                            closedAt: string | null;
                            closeNote: string | null;
                            clusterDescription: string | null;
                            coUnits: {
                                id: string;
                                name: string;
                            }[];
                            createdAt: string;
                            deadline: string;
                            effect: {
                                after: (number | null)[];
                                afterMean: number | null;
                                before: number[];
                                beforeMean: number;
                                change: number | null;
                            };
                            group: {
                                code: string;
                                nameEn: string;
                                nameZh: string;
                            };
                            id: string;
                            month: string | null;
                            notes: {
                                author: string;
                                body: string;
                                createdAt: string;
                                id: string;
                            }[];
                            owner: {
                                id: string;
                                name: string;
                            };
                            place: {
                                key: string;
                                kind: string;
                                label: string;
                            };
                            plan: string;
                            /** @enum {string} */
                            status: "open" | "closed";
                            title: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/addresses/layers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    bbox: string;
                    zoom: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AddressLayers"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/addresses/reverse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    lat: number;
                    lon: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AddressReverse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/addresses/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    limit?: number;
                    q: string;
                    within?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["AddressCandidate"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string;
                        /** @default false */
                        anonymous?: boolean;
                        categoryCode?: string;
                        /**
                         * @default wgs84
                         * @enum {string}
                         */
                        coordSystem?: "wgs84" | "gcj02";
                        description: string;
                        /** @default false */
                        keepPrivate?: boolean;
                        lat?: number;
                        lon?: number;
                        name?: string;
                        phone?: string;
                        /** @default [] */
                        photoIds?: string[];
                        /**
                         * @default help
                         * @enum {string}
                         */
                        requestType?: "consult" | "help" | "complaint" | "report" | "suggestion";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicCaseCreated"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    t: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicCaseView"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/cases/{id}/data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    t: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            canEraseContact: boolean;
                            category: {
                                code: string;
                                nameEn: string;
                                nameZh: string;
                            } | null;
                            closedAt: string | null;
                            contact: {
                                anonymous: boolean;
                                erasedAt: string | null;
                                name: string | null;
                                phone: string | null;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            id: string;
                            location: {
                                lat: number;
                                lon: number;
                            } | null;
                            publication: {
                                hiddenAt: string | null;
                                keepPrivate: boolean;
                                publicId: string | null;
                                published: boolean;
                                reason: string | null;
                                view: {
                                    address: string | null;
                                    coarse: boolean;
                                    description: string;
                                    lat: number | null;
                                    lon: number | null;
                                    outcome: string | null;
                                } | null;
                            };
                            retention: {
                                contactKeptUntil: string | null;
                                days: number;
                            };
                            status: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/cases/{id}/erase-contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query: {
                    t: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            canEraseContact: boolean;
                            category: {
                                code: string;
                                nameEn: string;
                                nameZh: string;
                            } | null;
                            closedAt: string | null;
                            contact: {
                                anonymous: boolean;
                                erasedAt: string | null;
                                name: string | null;
                                phone: string | null;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            id: string;
                            location: {
                                lat: number;
                                lon: number;
                            } | null;
                            publication: {
                                hiddenAt: string | null;
                                keepPrivate: boolean;
                                publicId: string | null;
                                published: boolean;
                                reason: string | null;
                                view: {
                                    address: string | null;
                                    coarse: boolean;
                                    description: string;
                                    lat: number | null;
                                    lon: number | null;
                                    outcome: string | null;
                                } | null;
                            };
                            retention: {
                                contactKeptUntil: string | null;
                                days: number;
                            };
                            status: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/cases/{id}/metoo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            count: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        phone: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            count: number;
                            counted: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/cases/{id}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query: {
                    t: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                        /** @enum {string} */
                        rating: "satisfied" | "basically_satisfied" | "unsatisfied";
                        resolved: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicCaseView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                /** @enum {string} */
                                defaultUrgency: "emergency" | "urgent" | "ordinary" | "complex";
                                isLeaf: boolean;
                                nameEn: string;
                                nameZh: string;
                                parentCode: string | null;
                                published: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/classify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    limit?: number;
                    text: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            suggestions: {
                                code: string;
                                confidence: number;
                                nameEn: string;
                                nameZh: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        categoryCode?: string;
                        lat?: number;
                        lon?: number;
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                address: string | null;
                                category: {
                                    code: string;
                                    nameEn: string;
                                    nameZh: string;
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                                description: string;
                                publicId: string;
                                similarity: number;
                                /** @enum {string} */
                                status: "registered" | "dispatched" | "in_progress" | "reported" | "closed" | "returned" | "arbitration" | "suspended" | "void" | "merged";
                                url: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/knowledge/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The public page of an entry (the link in the 一次性告知 SMS): the current version. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["KnowledgePublicEntry"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/knowledge/{id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description A resident's helped / did not help, once per entry and person (409 when given already). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        helped: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/locate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    lat: number;
                    lon: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            community: {
                                code: string;
                                name: string;
                            } | null;
                            street: {
                                code: string;
                                name: string;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/map": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicStreetMap"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/map/tiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The optional tile layer the maps draw under the roads and buildings (null when none). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MapTiles"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The public catalogue: active items and bundles. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bundles: {
                                code: string;
                                id: string;
                                itemCount: number;
                                name: string;
                                nameEn: string;
                            }[];
                            items: {
                                code: string;
                                demo: boolean;
                                id: string;
                                materialsCount: number;
                                name: string;
                                nameEn: string;
                                promisedDays: number;
                                visits: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/services/items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The public guide of an item (the link of the 一次性告知 SMS). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ServicePublicItem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/services/track/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description An application by its tracking code: status, stages and lights, promises; the name masked. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ServicePublicTrack"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/track/code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        caseId: string;
                        phone: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            expiresInSeconds: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/track/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        caseId: string;
                        code: string;
                        phone: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            token: string;
                            trackingUrl: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/uploads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    case: string;
                    t: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The photo */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/gif": string;
                        "image/jpeg": string;
                        "image/png": string;
                        "image/webp": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RegionInfo"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions/{code}/map": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    grids?: "0" | "1";
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RegionMap"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions/tree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RegionNode"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reply-quality/cases/{caseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Every score of a case's replies, newest first. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ReplyScore"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reply-quality/held": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Replies held for review (below the bar, setting onLow=review): the resident does not see them. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                caseId: string;
                                caseTitle: string | null;
                                flags: {
                                    key: string;
                                    params?: {
                                        [key: string]: string | number;
                                    };
                                }[];
                                id: string;
                                minScore: number;
                                parts: {
                                    attitude: {
                                        max: number;
                                        reasons: {
                                            key: string;
                                            params?: {
                                                [key: string]: string | number;
                                            };
                                        }[];
                                        score: number;
                                    };
                                    completeness: {
                                        max: number;
                                        reasons: {
                                            key: string;
                                            params?: {
                                                [key: string]: string | number;
                                            };
                                        }[];
                                        score: number;
                                    };
                                    interpretability: {
                                        max: number;
                                        reasons: {
                                            key: string;
                                            params?: {
                                                [key: string]: string | number;
                                            };
                                        }[];
                                        score: number;
                                    };
                                    relevance: {
                                        max: number;
                                        reasons: {
                                            key: string;
                                            params?: {
                                                [key: string]: string | number;
                                            };
                                        }[];
                                        score: number;
                                    };
                                    timeliness: {
                                        max: number;
                                        reasons: {
                                            key: string;
                                            params?: {
                                                [key: string]: string | number;
                                            };
                                        }[];
                                        score: number;
                                    };
                                };
                                reply: string;
                                reviewedAt: string | null;
                                /** Format: date-time */
                                scoredAt: string;
                                /** @enum {string} */
                                status: "passed" | "held" | "approved" | "returned" | "superseded";
                                total: number;
                                unit: components["schemas"]["IdName"];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reply-quality/scores/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description A dispatcher lets a held reply through; the resident sees it from now on. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reply-quality/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The bar (setting reply_quality_min_score, 60) and what happens below it (reply_quality_low_action: return = the report is refused with the reasons; review = held for the dispatcher, unseen by the resident). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            minScore: number;
                            /** @enum {string} */
                            onLow: "return" | "review";
                        };
                    };
                };
            };
        };
        /** @description Both settings at once; district or city administrators only. */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        minScore: number;
                        /** @enum {string} */
                        onLow: "return" | "review";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            minScore: number;
                            /** @enum {string} */
                            onLow: "return" | "review";
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reply-quality/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Per unit over [from, to) (default the last 30 days), or per unit and month with period=month: replies scored, mean score, flagged count and share, returned and held. Replies to cases in your jurisdiction; a handler sees their own unit. */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    period?: "all" | "month";
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            from: string;
                            items: {
                                flagged: number;
                                flaggedShare: number;
                                held: number;
                                mean: number;
                                period: string | null;
                                replies: number;
                                returned: number;
                                unit: components["schemas"]["IdName"];
                            }[];
                            /** Format: date-time */
                            to: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/instances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A community's own instances; a department's instances of its templates; all for district administrators. */
        get: {
            parameters: {
                query?: {
                    overdue?: "true" | "false";
                    sendingId?: string;
                    status?: "draft" | "submitted" | "returned" | "accepted";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportInstanceList"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/instances/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportInstance"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/instances/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportInstance"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/instances/{id}/cells": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description The community confirms or corrects pre-filled cells (a correction needs a reason; the base value is kept) and fills manual ones. */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        cells: {
                            key: string;
                            reason?: string;
                            value: number | string | boolean | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportInstance"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/instances/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportInstance"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/instances/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportInstance"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/savings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Cells filled from the base vs by hand vs corrected, per template and community, and how often a manual column asked for a fact the base holds. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportSavings"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/sendings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportSendingList"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/sendings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The consolidated table of a sending: every community, its status and values, the totals. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportConsolidated"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/sendings/{id}/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The consolidated table as a workbook (audited). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The consolidated table (attachment) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The catalogue (报表目录): approved templates for staff; pending and rejected ones to their unit and the district administrators. */
        get: {
            parameters: {
                query?: {
                    mine?: "true" | "false";
                    status?: "pending" | "approved" | "rejected";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportTemplateList"];
                    };
                };
            };
        };
        put?: never;
        /** @description Register a template under the caller's department or street office; it waits for approval. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        columns: ({
                            key: string;
                            /** @enum {string} */
                            kind: "query";
                            label: string;
                            query: {
                                ageBand?: {
                                    max?: number;
                                    min?: number;
                                };
                                /**
                                 * @default {
                                 *       "fn": "count"
                                 *     }
                                 */
                                aggregate?: {
                                    /** @enum {string} */
                                    fn: "count";
                                } | {
                                    field: string;
                                    /** @enum {string} */
                                    fn: "sum";
                                };
                                /** @enum {string} */
                                entity: "person" | "residence" | "house" | "rental" | "organisation" | "person_tag";
                                /** @default [] */
                                filters?: {
                                    field: string;
                                    /** @enum {string} */
                                    op: "eq" | "in";
                                    values: (string | boolean)[];
                                }[];
                                /**
                                 * @default community
                                 * @enum {string}
                                 */
                                groupBy?: "community" | "grid";
                            };
                        } | {
                            key: string;
                            /** @enum {string} */
                            kind: "manual";
                            label: string;
                            max?: number;
                            maxLength?: number;
                            min?: number;
                            /** @default true */
                            required?: boolean;
                            /** @enum {string} */
                            type: "number" | "text" | "boolean";
                        })[];
                        deadlineWorkingDays: number;
                        /** @enum {string} */
                        frequency: "once" | "monthly" | "quarterly" | "yearly";
                        legalBasis: string;
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportTemplate"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportTemplate"];
                    };
                };
            };
        };
        /** @description Change a pending or rejected template of the caller’s unit; it goes back to the approval queue. */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        columns: ({
                            key: string;
                            /** @enum {string} */
                            kind: "query";
                            label: string;
                            query: {
                                ageBand?: {
                                    max?: number;
                                    min?: number;
                                };
                                /**
                                 * @default {
                                 *       "fn": "count"
                                 *     }
                                 */
                                aggregate?: {
                                    /** @enum {string} */
                                    fn: "count";
                                } | {
                                    field: string;
                                    /** @enum {string} */
                                    fn: "sum";
                                };
                                /** @enum {string} */
                                entity: "person" | "residence" | "house" | "rental" | "organisation" | "person_tag";
                                /** @default [] */
                                filters?: {
                                    field: string;
                                    /** @enum {string} */
                                    op: "eq" | "in";
                                    values: (string | boolean)[];
                                }[];
                                /**
                                 * @default community
                                 * @enum {string}
                                 */
                                groupBy?: "community" | "grid";
                            };
                        } | {
                            key: string;
                            /** @enum {string} */
                            kind: "manual";
                            label: string;
                            max?: number;
                            maxLength?: number;
                            min?: number;
                            /** @default true */
                            required?: boolean;
                            /** @enum {string} */
                            type: "number" | "text" | "boolean";
                        })[];
                        deadlineWorkingDays: number;
                        /** @enum {string} */
                        frequency: "once" | "monthly" | "quarterly" | "yearly";
                        legalBasis: string;
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportTemplate"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/templates/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description District administrators approve a pending template; only approved ones can be sent. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportTemplate"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/templates/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportTemplate"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/templates/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Send an approved template for a period: one instance per community of the sender's jurisdiction (or of the chosen streets), queried cells pre-filled from the base with their provenance. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        admissionItemId?: string;
                        period: string;
                        streetCodes?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportSending"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Applications the caller sees: a street or community window those received in its jurisdiction, a department those with a stage of its own. */
        get: {
            parameters: {
                query?: {
                    overdue?: "true" | "false";
                    page?: number;
                    pageSize?: number;
                    status?: "received" | "accepted" | "accepted_tolerant" | "handling" | "merged" | "handed_out" | "rejected" | "withdrawn";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ServiceApplicationSummary"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** @description 一口受理: a window accepts an application for an item or a bundle, the applicant from the base data, each material uploaded, seen in the original or (non-key only) promised (容缺); all departments start in parallel. Accepts an Idempotency-Key. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        applicantPersonId: string;
                        /** Format: uuid */
                        bundleId?: string;
                        /** @enum {string} */
                        channel?: "street_centre" | "community" | "online" | "hotline";
                        /** Format: uuid */
                        itemId?: string;
                        materials: {
                            code: string;
                            /** @enum {string} */
                            state: "uploaded" | "verified" | "promised" | "absent";
                            /** Format: uuid */
                            uploadId?: string;
                        }[];
                        note?: string;
                        /** @default 5 */
                        promiseDays?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ServiceApplicationDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description An application: items, materials, promises, stages in parallel with their lights, events. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ServiceApplicationDetail"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services/applications/{id}/hand-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description 统一出件: the window hands the merged result out (已领取); 409 before the merge or while materials are owed. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ServiceApplicationDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services/applications/{id}/obligations/{code}/fulfil": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description A promised material came in (容缺补正): uploaded, or the original seen. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        uploadId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ServiceApplicationDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services/bundles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description A new 一件事 bundle of items (district or city administrators). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        /** @default  */
                        description?: string;
                        itemIds: string[];
                        name: string;
                        /** @default  */
                        nameEn?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ServiceBundleDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services/bundles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A 一件事 bundle: its items and the one set of materials (merged by material code). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ServiceBundleDetail"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services/catalogue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Every service item (with its handling departments) and every 一件事 bundle. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bundles: components["schemas"]["ServiceBundleDetail"][];
                            items: components["schemas"]["ServiceItemSummary"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description A new service item (district or city administrators). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default true */
                        active?: boolean;
                        code: string;
                        departments: {
                            days: number;
                            /** Format: uuid */
                            unitId: string;
                        }[];
                        guide: {
                            /** @default  */
                            complaint?: string;
                            /** @default  */
                            conditions?: string;
                            /** @default  */
                            contact?: string;
                            /** @default 不收费 */
                            fees?: string;
                            /** @default  */
                            legalBasis?: string;
                            /** @default [] */
                            materials?: {
                                checkPoints?: string;
                                code: string;
                                /** @default 1 */
                                copies?: number;
                                issuer?: string;
                                /** @default false */
                                key?: boolean;
                                name: string;
                                /** @default true */
                                required?: boolean;
                            }[];
                            promisedDays: number;
                            /** @default [] */
                            steps?: string[];
                            /** @default 1 */
                            visits?: number;
                            /** @default  */
                            where?: string;
                        };
                        name: string;
                        /** @default  */
                        nameEn?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ServiceItemDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services/items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description An item with its full guide (办事指南). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ServiceItemDetail"];
                    };
                };
            };
        };
        /** @description Edit an item: guide, departments and their limits, active (district or city administrators). */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default true */
                        active?: boolean;
                        code: string;
                        departments: {
                            days: number;
                            /** Format: uuid */
                            unitId: string;
                        }[];
                        guide: {
                            /** @default  */
                            complaint?: string;
                            /** @default  */
                            conditions?: string;
                            /** @default  */
                            contact?: string;
                            /** @default 不收费 */
                            fees?: string;
                            /** @default  */
                            legalBasis?: string;
                            /** @default [] */
                            materials?: {
                                checkPoints?: string;
                                code: string;
                                /** @default 1 */
                                copies?: number;
                                issuer?: string;
                                /** @default false */
                                key?: boolean;
                                name: string;
                                /** @default true */
                                required?: boolean;
                            }[];
                            promisedDays: number;
                            /** @default [] */
                            steps?: string[];
                            /** @default 1 */
                            visits?: number;
                            /** @default  */
                            where?: string;
                        };
                        name: string;
                        /** @default  */
                        nameEn?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ServiceItemDetail"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services/items/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description 一次性告知 by SMS through the notifier: materials, time limit and the public guide link; audited. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        phone: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            phone: string;
                            sent: boolean;
                            text: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Overdue open stages of the applications the caller sees, most overdue first (supervision). */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ServiceStage"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services/stages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description 后台办理: the caller's department's stages, open first by due. */
        get: {
            parameters: {
                query?: {
                    open?: "true" | "false";
                    page?: number;
                    pageSize?: number;
                    status?: "pending" | "accepted" | "more_requested" | "approved" | "rejected";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ServiceStage"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services/stages/{id}/action": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description The department's step on its stage: accept, request more, resume, approve or reject with a note; the last decision merges the result. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "accept" | "request_more" | "resume" | "approve" | "reject";
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applicationId: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                createdAt: string;
                                current: boolean;
                                /** Format: date-time */
                                expiresAt: string;
                                id: string;
                                ip: string | null;
                                /** Format: date-time */
                                lastSeenAt: string;
                                pendingStep: ("totp" | "change_password" | "enrol_totp") | null;
                                user: {
                                    id: string;
                                    name: string;
                                    username: string;
                                };
                                userAgent: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/late": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    categoryCode?: string;
                    kind?: "overdue" | "due_soon";
                    page?: number;
                    pageSize?: number;
                    regionCode?: string;
                    unitId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["LateItem"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    box?: "received" | "issued";
                    caseId?: string;
                    page?: number;
                    pageSize?: number;
                    status?: "open" | "answered" | "late";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Notice"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        answerWithinHours?: number;
                        /** Format: uuid */
                        assignmentId: string;
                        /** @enum {string} */
                        level: "yellow" | "red";
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            answerDueAt: string;
                            id: string;
                            /** Format: date-time */
                            issuedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/notices/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        answer: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            answeredAt: string;
                            id: string;
                            late: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    categoryCode?: string;
                    regionCode?: string;
                    unitId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LateOverview"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    kind?: "government" | "department" | "street_office" | "community" | "enterprise";
                    manageable?: "0" | "1";
                    page?: number;
                    pageSize?: number;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Unit"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        jurisdictionCode: string;
                        /** @enum {string} */
                        kind: "government" | "department" | "street_office" | "community" | "enterprise";
                        name: string;
                        parentId?: string | null;
                        phone?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Unit"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Unit"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        jurisdictionCode?: string;
                        /** @enum {string} */
                        kind?: "government" | "department" | "street_office" | "community" | "enterprise";
                        name?: string;
                        parentId?: string | null;
                        phone?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Unit"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/uploads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The photo */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/gif": string;
                        "image/jpeg": string;
                        "image/png": string;
                        "image/webp": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    role?: "resident" | "grid_worker" | "operator" | "dispatcher" | "handler" | "street_lead" | "supervisor" | "admin" | "security_admin" | "audit_admin";
                    unitId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["User"][];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        name: string;
                        password: string;
                        phone?: string | null;
                        roles: ("resident" | "grid_worker" | "operator" | "dispatcher" | "handler" | "street_lead" | "supervisor" | "admin" | "security_admin" | "audit_admin")[];
                        /** Format: uuid */
                        unitId: string;
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UserDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UserDetail"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        name?: string;
                        password?: string;
                        phone?: string | null;
                        /** @enum {boolean} */
                        resetTotp?: true;
                        roles?: ("resident" | "grid_worker" | "operator" | "dispatcher" | "handler" | "street_lead" | "supervisor" | "admin" | "security_admin" | "audit_admin")[];
                        /** Format: uuid */
                        unitId?: string;
                        /** @enum {boolean} */
                        unlock?: true;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UserDetail"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/users/{id}/phone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    reason: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            phone: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/whistles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    caseId?: string;
                    from?: string;
                    page?: number;
                    pageSize?: number;
                    status?: ("open" | "acting" | "closed" | "void") | "active";
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WhistlePage"];
                    };
                };
            };
        };
        put?: never;
        /** @description Blow a whistle; accepts an Idempotency-Key. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string;
                        caseId?: string;
                        /** @default  */
                        description?: string;
                        /** @enum {string} */
                        kind: "difficult" | "joint_enforcement" | "emergency";
                        lat?: number;
                        lon?: number;
                        reportInMinutes?: number;
                        streetCode?: string;
                        title: string;
                        unitIds: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WhistleDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/whistles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WhistleDetail"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/whistles/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        actionRecord?: string;
                        outcome?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WhistleDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/whistles/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        outcome?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WhistleDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/whistles/{id}/nearby": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WhistleNearby"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/whistles/{id}/ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ratings: {
                            comment?: string;
                            cooperation: number;
                            effect: number;
                            punctuality: number;
                            /** Format: uuid */
                            unitId: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WhistleDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/whistles/{id}/report-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        accuracy?: number;
                        lat?: number;
                        lon?: number;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WhistleDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/whistles/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WhistleDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/whistles/defaults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The same as GET /whistles/settings (kept for older clients). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WhistleSettings"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/whistles/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The default report-in minutes (setting whistle_report_in_minutes, 30) and whether community-level leads may blow (whistle_community_enabled, off). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WhistleSettings"];
                    };
                };
            };
        };
        /** @description Both settings at once; district or city administrators only. */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        communityMayWhistle: boolean;
                        reportInMinutes: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WhistleSettings"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/whistles/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Per summoned unit over [from, to) (default: the last 30 days): report-in and on-time rates. */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WhistleStats"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/discovery.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Discovery */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Open311 errors */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Errors"];
                    };
                };
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Discovery"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/discovery.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Discovery */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Open311 errors */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/xml": components["schemas"]["Open311Errors"];
                    };
                };
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/xml": components["schemas"]["Open311Discovery"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/requests.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service requests */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Open311 errors */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Errors"];
                    };
                };
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Request"][];
                    };
                };
            };
        };
        put?: never;
        /** Create a service request (api_key) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Open311 errors */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Errors"];
                    };
                };
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Created"][];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/requests.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service requests */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Open311 errors */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/xml": components["schemas"]["Open311Errors"];
                    };
                };
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/xml": components["schemas"]["Open311Request"][];
                    };
                };
            };
        };
        put?: never;
        /** Create a service request (api_key) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Open311 errors */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/xml": components["schemas"]["Open311Errors"];
                    };
                };
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/xml": components["schemas"]["Open311Created"][];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/requests/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One service request */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    file: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Open311 errors */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Errors"];
                        "text/xml": components["schemas"]["Open311Errors"];
                    };
                };
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Request"][];
                        "text/xml": components["schemas"]["Open311Request"][];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/services.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service list */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Open311 errors */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Errors"];
                    };
                };
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Service"][];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/services.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service list */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Open311 errors */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/xml": components["schemas"]["Open311Errors"];
                    };
                };
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/xml": components["schemas"]["Open311Service"][];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/services/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service definition */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    file: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Open311 errors */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Errors"];
                        "text/xml": components["schemas"]["Open311Errors"];
                    };
                };
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311ServiceDefinition"];
                        "text/xml": components["schemas"]["Open311ServiceDefinition"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/tokens/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service request id from a token */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    file: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Open311 errors */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Errors"];
                        "text/xml": components["schemas"]["Open311Errors"];
                    };
                };
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311Token"][];
                        "text/xml": components["schemas"]["Open311Token"][];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AddressCandidate: {
            communityCode: string | null;
            fullName: string;
            gridCode: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "road" | "doorplate" | "compound" | "building" | "unit" | "floor" | "room";
            lat: number | null;
            lon: number | null;
            name: string;
            score: number;
            streetCode: string;
        };
        AddressCandidateInput: {
            communityCode: string | null;
            fullName: string;
            gridCode: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "road" | "doorplate" | "compound" | "building" | "unit" | "floor" | "room";
            lat: number | null;
            lon: number | null;
            name: string;
            score: number;
            streetCode: string;
        };
        AddressDetail: {
            children: components["schemas"]["AddressNode"][];
            communityCode: string | null;
            footprint: {
                coordinates: unknown;
                type: string;
            } | null;
            fullName: string;
            gridCode: string | null;
            /** Format: uuid */
            id: string;
            inUse: boolean;
            /** @enum {string} */
            kind: "road" | "doorplate" | "compound" | "building" | "unit" | "floor" | "room";
            lat: number | null;
            lon: number | null;
            name: string;
            parentId: string | null;
            path: {
                fullName: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "road" | "doorplate" | "compound" | "building" | "unit" | "floor" | "room";
                name: string;
            }[];
            streetCode: string;
            validFrom: string;
            validTo: string | null;
        };
        AddressDetailInput: {
            children: components["schemas"]["AddressNodeInput"][];
            communityCode: string | null;
            footprint: {
                coordinates: unknown;
                type: string;
            } | null;
            fullName: string;
            gridCode: string | null;
            /** Format: uuid */
            id: string;
            inUse: boolean;
            /** @enum {string} */
            kind: "road" | "doorplate" | "compound" | "building" | "unit" | "floor" | "room";
            lat: number | null;
            lon: number | null;
            name: string;
            parentId: string | null;
            path: {
                fullName: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "road" | "doorplate" | "compound" | "building" | "unit" | "floor" | "room";
                name: string;
            }[];
            streetCode: string;
            validFrom: string;
            validTo: string | null;
        };
        AddressLayers: {
            features: {
                geometry: {
                    coordinates: unknown;
                    type: string;
                };
                properties: {
                    /** Format: uuid */
                    id: string;
                    /** @enum {string} */
                    kind: "road" | "building";
                    name: string;
                };
                /** @constant */
                type: "Feature";
            }[];
            truncated: boolean;
            /** @constant */
            type: "FeatureCollection";
        };
        AddressLayersInput: {
            features: {
                geometry: {
                    coordinates: unknown;
                    type: string;
                };
                properties: {
                    /** Format: uuid */
                    id: string;
                    /** @enum {string} */
                    kind: "road" | "building";
                    name: string;
                };
                /** @constant */
                type: "Feature";
            }[];
            truncated: boolean;
            /** @constant */
            type: "FeatureCollection";
        };
        AddressNode: {
            communityCode: string | null;
            footprint: {
                coordinates: unknown;
                type: string;
            } | null;
            fullName: string;
            gridCode: string | null;
            /** Format: uuid */
            id: string;
            inUse: boolean;
            /** @enum {string} */
            kind: "road" | "doorplate" | "compound" | "building" | "unit" | "floor" | "room";
            lat: number | null;
            lon: number | null;
            name: string;
            parentId: string | null;
            streetCode: string;
            validFrom: string;
            validTo: string | null;
        };
        AddressNodeInput: {
            communityCode: string | null;
            footprint: {
                coordinates: unknown;
                type: string;
            } | null;
            fullName: string;
            gridCode: string | null;
            /** Format: uuid */
            id: string;
            inUse: boolean;
            /** @enum {string} */
            kind: "road" | "doorplate" | "compound" | "building" | "unit" | "floor" | "room";
            lat: number | null;
            lon: number | null;
            name: string;
            parentId: string | null;
            streetCode: string;
            validFrom: string;
            validTo: string | null;
        };
        AddressReverse: {
            building: {
                communityCode: string | null;
                distanceM: number;
                fullName: string;
                gridCode: string | null;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "road" | "doorplate" | "compound" | "building" | "unit" | "floor" | "room";
                lat: number | null;
                lon: number | null;
                name: string;
                streetCode: string;
            } | null;
            doorplate: {
                communityCode: string | null;
                distanceM: number;
                fullName: string;
                gridCode: string | null;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "road" | "doorplate" | "compound" | "building" | "unit" | "floor" | "room";
                lat: number | null;
                lon: number | null;
                name: string;
                streetCode: string;
            } | null;
        };
        AddressReverseInput: {
            building: {
                communityCode: string | null;
                distanceM: number;
                fullName: string;
                gridCode: string | null;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "road" | "doorplate" | "compound" | "building" | "unit" | "floor" | "room";
                lat: number | null;
                lon: number | null;
                name: string;
                streetCode: string;
            } | null;
            doorplate: {
                communityCode: string | null;
                distanceM: number;
                fullName: string;
                gridCode: string | null;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "road" | "doorplate" | "compound" | "building" | "unit" | "floor" | "room";
                lat: number | null;
                lon: number | null;
                name: string;
                streetCode: string;
            } | null;
        };
        AdmissionApplication: {
            actions: ("edit" | "submit" | "return" | "review" | "schedule" | "approve" | "reject" | "enter")[];
            /** @enum {string} */
            communityRole: "lead" | "assist" | "cooperate";
            content: string;
            createdAt: string;
            decisionNote: string | null;
            districtCode: string;
            fundingPerYear: number;
            hoursPerMonth: number;
            id: string;
            itemId: string | null;
            /** @enum {string} */
            kind: "task" | "ledger" | "evaluation" | "inspection" | "survey" | "plaque";
            legalBasis: string;
            powers: string;
            reportTemplateId: string | null;
            reviewNote: string | null;
            roundId: string | null;
            roundTitle: string | null;
            scopeCodes: string[];
            staff: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "returned" | "reviewed" | "in_round" | "approved" | "rejected" | "entered";
            title: string;
            training: string;
            unitId: string;
            unitName: string;
            updatedAt: string;
            validFrom: string;
            validUntil: string | null;
        };
        AdmissionApplicationDetail: {
            actions: ("edit" | "submit" | "return" | "review" | "schedule" | "approve" | "reject" | "enter")[];
            /** @enum {string} */
            communityRole: "lead" | "assist" | "cooperate";
            content: string;
            createdAt: string;
            decisionNote: string | null;
            districtCode: string;
            events: {
                action: string;
                actorName: string;
                at: string;
                note: string | null;
            }[];
            fundingPerYear: number;
            hoursPerMonth: number;
            id: string;
            itemId: string | null;
            /** @enum {string} */
            kind: "task" | "ledger" | "evaluation" | "inspection" | "survey" | "plaque";
            legalBasis: string;
            powers: string;
            reportTemplateId: string | null;
            reviewNote: string | null;
            roundId: string | null;
            roundTitle: string | null;
            scopeCodes: string[];
            staff: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "returned" | "reviewed" | "in_round" | "approved" | "rejected" | "entered";
            title: string;
            training: string;
            unitId: string;
            unitName: string;
            updatedAt: string;
            validFrom: string;
            validUntil: string | null;
        };
        AdmissionApplicationDetailInput: {
            actions: ("edit" | "submit" | "return" | "review" | "schedule" | "approve" | "reject" | "enter")[];
            /** @enum {string} */
            communityRole: "lead" | "assist" | "cooperate";
            content: string;
            createdAt: string;
            decisionNote: string | null;
            districtCode: string;
            events: {
                action: string;
                actorName: string;
                at: string;
                note: string | null;
            }[];
            fundingPerYear: number;
            hoursPerMonth: number;
            id: string;
            itemId: string | null;
            /** @enum {string} */
            kind: "task" | "ledger" | "evaluation" | "inspection" | "survey" | "plaque";
            legalBasis: string;
            powers: string;
            reportTemplateId: string | null;
            reviewNote: string | null;
            roundId: string | null;
            roundTitle: string | null;
            scopeCodes: string[];
            staff: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "returned" | "reviewed" | "in_round" | "approved" | "rejected" | "entered";
            title: string;
            training: string;
            unitId: string;
            unitName: string;
            updatedAt: string;
            validFrom: string;
            validUntil: string | null;
        };
        AdmissionApplicationInput: {
            actions: ("edit" | "submit" | "return" | "review" | "schedule" | "approve" | "reject" | "enter")[];
            /** @enum {string} */
            communityRole: "lead" | "assist" | "cooperate";
            content: string;
            createdAt: string;
            decisionNote: string | null;
            districtCode: string;
            fundingPerYear: number;
            hoursPerMonth: number;
            id: string;
            itemId: string | null;
            /** @enum {string} */
            kind: "task" | "ledger" | "evaluation" | "inspection" | "survey" | "plaque";
            legalBasis: string;
            powers: string;
            reportTemplateId: string | null;
            reviewNote: string | null;
            roundId: string | null;
            roundTitle: string | null;
            scopeCodes: string[];
            staff: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "returned" | "reviewed" | "in_round" | "approved" | "rejected" | "entered";
            title: string;
            training: string;
            unitId: string;
            unitName: string;
            updatedAt: string;
            validFrom: string;
            validUntil: string | null;
        };
        AdmissionApplicationList: {
            can: {
                apply: boolean;
                review: boolean;
            };
            items: components["schemas"]["AdmissionApplication"][];
        };
        AdmissionApplicationListInput: {
            can: {
                apply: boolean;
                review: boolean;
            };
            items: components["schemas"]["AdmissionApplicationInput"][];
        };
        AdmissionDistrictWorkload: {
            communities: {
                assistHours: number;
                communityCode: string;
                communityName: string;
                dutyHours: number;
                fundingPerYear: number;
                hoursPerMonth: number;
                offgateReports: number;
                tasksOpen: number;
            }[];
            districtCode: string;
            totals: {
                communities: number;
                fundingPerYear: number;
                hoursPerMonth: number;
            };
        };
        AdmissionDistrictWorkloadInput: {
            communities: {
                assistHours: number;
                communityCode: string;
                communityName: string;
                dutyHours: number;
                fundingPerYear: number;
                hoursPerMonth: number;
                offgateReports: number;
                tasksOpen: number;
            }[];
            districtCode: string;
            totals: {
                communities: number;
                fundingPerYear: number;
                hoursPerMonth: number;
            };
        };
        AdmissionItem: {
            applicationId: string | null;
            /** @enum {string} */
            communityRole: "lead" | "assist" | "cooperate";
            content: string;
            districtCode: string;
            exitReason: string | null;
            fundingPerYear: number;
            hoursPerMonth: number;
            id: string;
            /** @enum {string} */
            kind: "task" | "ledger" | "evaluation" | "inspection" | "survey" | "plaque";
            legalBasis: string;
            /** @enum {string} */
            list: "duty" | "assist" | "negative";
            powers: string;
            reportTemplateId: string | null;
            scopeCodes: string[];
            seq: number;
            staff: string;
            /** @enum {string} */
            state: "in_force" | "exited" | "expired" | "pending";
            /** @enum {string} */
            status: "in_force" | "exited";
            title: string;
            training: string;
            unitId: string | null;
            unitName: string | null;
            validFrom: string;
            validUntil: string | null;
        };
        AdmissionItemDetail: {
            applicationId: string | null;
            can: {
                exit: boolean;
                supervise: boolean;
            };
            /** @enum {string} */
            communityRole: "lead" | "assist" | "cooperate";
            content: string;
            districtCode: string;
            events: {
                action: string;
                actorName: string;
                at: string;
                note: string | null;
            }[];
            exitReason: string | null;
            fundingPerYear: number;
            hoursPerMonth: number;
            id: string;
            /** @enum {string} */
            kind: "task" | "ledger" | "evaluation" | "inspection" | "survey" | "plaque";
            legalBasis: string;
            /** @enum {string} */
            list: "duty" | "assist" | "negative";
            powers: string;
            reportSendings: number;
            reportTemplateId: string | null;
            scopeCodes: string[];
            seq: number;
            staff: string;
            /** @enum {string} */
            state: "in_force" | "exited" | "expired" | "pending";
            /** @enum {string} */
            status: "in_force" | "exited";
            tasksSent: number;
            title: string;
            training: string;
            unitId: string | null;
            unitName: string | null;
            validFrom: string;
            validUntil: string | null;
        };
        AdmissionItemDetailInput: {
            applicationId: string | null;
            can: {
                exit: boolean;
                supervise: boolean;
            };
            /** @enum {string} */
            communityRole: "lead" | "assist" | "cooperate";
            content: string;
            districtCode: string;
            events: {
                action: string;
                actorName: string;
                at: string;
                note: string | null;
            }[];
            exitReason: string | null;
            fundingPerYear: number;
            hoursPerMonth: number;
            id: string;
            /** @enum {string} */
            kind: "task" | "ledger" | "evaluation" | "inspection" | "survey" | "plaque";
            legalBasis: string;
            /** @enum {string} */
            list: "duty" | "assist" | "negative";
            powers: string;
            reportSendings: number;
            reportTemplateId: string | null;
            scopeCodes: string[];
            seq: number;
            staff: string;
            /** @enum {string} */
            state: "in_force" | "exited" | "expired" | "pending";
            /** @enum {string} */
            status: "in_force" | "exited";
            tasksSent: number;
            title: string;
            training: string;
            unitId: string | null;
            unitName: string | null;
            validFrom: string;
            validUntil: string | null;
        };
        AdmissionItemInput: {
            applicationId: string | null;
            /** @enum {string} */
            communityRole: "lead" | "assist" | "cooperate";
            content: string;
            districtCode: string;
            exitReason: string | null;
            fundingPerYear: number;
            hoursPerMonth: number;
            id: string;
            /** @enum {string} */
            kind: "task" | "ledger" | "evaluation" | "inspection" | "survey" | "plaque";
            legalBasis: string;
            /** @enum {string} */
            list: "duty" | "assist" | "negative";
            powers: string;
            reportTemplateId: string | null;
            scopeCodes: string[];
            seq: number;
            staff: string;
            /** @enum {string} */
            state: "in_force" | "exited" | "expired" | "pending";
            /** @enum {string} */
            status: "in_force" | "exited";
            title: string;
            training: string;
            unitId: string | null;
            unitName: string | null;
            validFrom: string;
            validUntil: string | null;
        };
        AdmissionItemList: {
            can: {
                apply: boolean;
                manage: boolean;
            };
            districtCode: string;
            items: components["schemas"]["AdmissionItem"][];
        };
        AdmissionItemListInput: {
            can: {
                apply: boolean;
                manage: boolean;
            };
            districtCode: string;
            items: components["schemas"]["AdmissionItemInput"][];
        };
        AdmissionOffgate: {
            communityCode: string;
            communityName: string;
            content: string;
            createdAt: string;
            evidence: string;
            handlingNote: string | null;
            id: string;
            requestedOn: string;
            requester: string;
            /** @enum {string} */
            status: "open" | "handled";
            unitName: string | null;
        };
        AdmissionOffgateInput: {
            communityCode: string;
            communityName: string;
            content: string;
            createdAt: string;
            evidence: string;
            handlingNote: string | null;
            id: string;
            requestedOn: string;
            requester: string;
            /** @enum {string} */
            status: "open" | "handled";
            unitName: string | null;
        };
        AdmissionOffgateList: {
            byCommunity: {
                code: string;
                count: number;
                name: string;
                open: number;
            }[];
            byUnit: {
                count: number;
                name: string;
            }[];
            can: {
                handle: boolean;
                report: boolean;
            };
            items: components["schemas"]["AdmissionOffgate"][];
        };
        AdmissionOffgateListInput: {
            byCommunity: {
                code: string;
                count: number;
                name: string;
                open: number;
            }[];
            byUnit: {
                count: number;
                name: string;
            }[];
            can: {
                handle: boolean;
                report: boolean;
            };
            items: components["schemas"]["AdmissionOffgateInput"][];
        };
        AdmissionRound: {
            body: string;
            counts: {
                approved: number;
                pending: number;
                rejected: number;
                total: number;
            };
            createdAt: string;
            districtCode: string;
            id: string;
            meetingOn: string;
            minutes: string | null;
            /** @enum {string} */
            status: "open" | "closed";
            title: string;
        };
        AdmissionRoundDetail: {
            applications: components["schemas"]["AdmissionApplication"][];
            body: string;
            can: {
                decide: boolean;
            };
            counts: {
                approved: number;
                pending: number;
                rejected: number;
                total: number;
            };
            createdAt: string;
            districtCode: string;
            id: string;
            meetingOn: string;
            minutes: string | null;
            /** @enum {string} */
            status: "open" | "closed";
            title: string;
        };
        AdmissionRoundDetailInput: {
            applications: components["schemas"]["AdmissionApplicationInput"][];
            body: string;
            can: {
                decide: boolean;
            };
            counts: {
                approved: number;
                pending: number;
                rejected: number;
                total: number;
            };
            createdAt: string;
            districtCode: string;
            id: string;
            meetingOn: string;
            minutes: string | null;
            /** @enum {string} */
            status: "open" | "closed";
            title: string;
        };
        AdmissionRoundInput: {
            body: string;
            counts: {
                approved: number;
                pending: number;
                rejected: number;
                total: number;
            };
            createdAt: string;
            districtCode: string;
            id: string;
            meetingOn: string;
            minutes: string | null;
            /** @enum {string} */
            status: "open" | "closed";
            title: string;
        };
        AdmissionRoundList: {
            can: {
                manage: boolean;
            };
            items: components["schemas"]["AdmissionRound"][];
        };
        AdmissionRoundListInput: {
            can: {
                manage: boolean;
            };
            items: components["schemas"]["AdmissionRoundInput"][];
        };
        AdmissionWorkload: {
            assistHours: number;
            communityCode: string;
            communityName: string;
            dutyHours: number;
            fundingPerYear: number;
            hoursPerMonth: number;
            items: {
                fundingPerYear: number;
                hoursPerMonth: number;
                itemId: string;
                /** @enum {string} */
                kind: "task" | "ledger" | "evaluation" | "inspection" | "survey" | "plaque";
                /** @enum {string} */
                list: "duty" | "assist" | "negative";
                title: string;
            }[];
            offgateReports: number;
            tasksOpen: number;
        };
        AdmissionWorkloadInput: {
            assistHours: number;
            communityCode: string;
            communityName: string;
            dutyHours: number;
            fundingPerYear: number;
            hoursPerMonth: number;
            items: {
                fundingPerYear: number;
                hoursPerMonth: number;
                itemId: string;
                /** @enum {string} */
                kind: "task" | "ledger" | "evaluation" | "inspection" | "survey" | "plaque";
                /** @enum {string} */
                list: "duty" | "assist" | "negative";
                title: string;
            }[];
            offgateReports: number;
            tasksOpen: number;
        };
        ApiKey: {
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            createdBy: string | null;
            id: string;
            name: string;
            prefix: string;
            revokedAt: string | null;
            unit: {
                id: string;
                name: string | null;
            } | null;
        };
        ApiKeyCreated: {
            id: string;
            key: string;
            name: string;
            prefix: string;
        };
        ApiKeyCreatedInput: {
            id: string;
            key: string;
            name: string;
            prefix: string;
        };
        ApiKeyInput: {
            active: boolean;
            createdAt: unknown;
            createdBy: string | null;
            id: string;
            name: string;
            prefix: string;
            revokedAt: unknown | null;
            unit: {
                id: string;
                name: string | null;
            } | null;
        };
        AssessmentDashboard: {
            categories: {
                cases: number;
                code: string;
            }[];
            status: {
                inProgress: number;
                open: number;
                overdue: number;
                overdueAssignments: number;
            };
            /** Format: date */
            today: string;
            todayByChannel: {
                [key: string]: number;
            };
            topStreetsByIntake: {
                cases: number;
                streetCode: string;
            }[];
            topStreetsByOverdue: {
                overdue: number;
                streetCode: string;
            }[];
            trend: {
                cases: number;
                /** Format: date */
                day: string;
            }[];
        };
        AssessmentDashboardInput: {
            categories: {
                cases: number;
                code: string;
            }[];
            status: {
                inProgress: number;
                open: number;
                overdue: number;
                overdueAssignments: number;
            };
            /** Format: date */
            today: string;
            todayByChannel: {
                [key: string]: number;
            };
            topStreetsByIntake: {
                cases: number;
                streetCode: string;
            }[];
            topStreetsByOverdue: {
                overdue: number;
                streetCode: string;
            }[];
            trend: {
                cases: number;
                /** Format: date */
                day: string;
            }[];
        };
        AssessmentSettings: {
            departmentAddOns: {
                reportInPunctuality: number;
                streetRatings: number;
            };
            ratingScores: {
                basically_satisfied: number;
                satisfied: number;
                unsatisfied: number;
            };
            weights: {
                resolution: number;
                response: number;
                satisfaction: number;
            };
        };
        AssessmentSettingsInput: {
            departmentAddOns: {
                reportInPunctuality: number;
                streetRatings: number;
            };
            ratingScores: {
                basically_satisfied: number;
                satisfied: number;
                unsatisfied: number;
            };
            weights: {
                resolution: number;
                response: number;
                satisfaction: number;
            };
        };
        Assignment: {
            acceptDueAt: string | null;
            acceptedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            extensionReason: string | null;
            extensionUntil: string | null;
            id: string;
            overdueAt: string | null;
            releaseReason: string | null;
            resolveDueAt: string | null;
            respondDueAt: string | null;
            result: string | null;
            returnReason: string | null;
            role: components["schemas"]["AssignmentRole"];
            status: components["schemas"]["AssignmentStatus"];
            unit: components["schemas"]["UnitRef"];
            warnedAt: string | null;
        };
        AssignmentInput: {
            acceptDueAt: unknown | null;
            acceptedAt: unknown | null;
            createdAt: unknown;
            extensionReason: string | null;
            extensionUntil: unknown | null;
            id: string;
            overdueAt: unknown | null;
            releaseReason: string | null;
            resolveDueAt: unknown | null;
            respondDueAt: unknown | null;
            result: string | null;
            returnReason: string | null;
            role: components["schemas"]["AssignmentRoleInput"];
            status: components["schemas"]["AssignmentStatusInput"];
            unit: components["schemas"]["UnitRefInput"];
            warnedAt: unknown | null;
        };
        /** @enum {string} */
        AssignmentRole: "lead" | "assist";
        /** @enum {string} */
        AssignmentRoleInput: "lead" | "assist";
        /** @enum {string} */
        AssignmentStatus: "pending" | "accepted" | "returned" | "reported" | "done" | "released" | "cancelled";
        /** @enum {string} */
        AssignmentStatusInput: "pending" | "accepted" | "returned" | "reported" | "done" | "released" | "cancelled";
        AttachedCaller: {
            anonymous: boolean;
            /** Format: date-time */
            at: string;
            channel: string;
            description: string | null;
            id: string;
            informed: boolean;
            name: string | null;
            phone: string | null;
        };
        AttachedCallerInput: {
            anonymous: boolean;
            at: unknown;
            channel: string;
            description: string | null;
            id: string;
            informed: boolean;
            name: string | null;
            phone: string | null;
        };
        AuditEntry: {
            action: string;
            actorName?: string | null;
            actorUnit?: string | null;
            actorUsername: string | null;
            after: unknown;
            /** Format: date-time */
            at: string;
            before: unknown;
            entity: string;
            entityId: string | null;
            entityName?: string | null;
            id: string;
            ip: string | null;
        };
        AuditEntryInput: {
            action: string;
            actorName?: string | null;
            actorUnit?: string | null;
            actorUsername: string | null;
            after: unknown;
            at: unknown;
            before: unknown;
            entity: string;
            entityId: string | null;
            entityName?: string | null;
            id: string;
            ip: string | null;
        };
        BaseCounts: {
            households: number;
            houses: {
                byUse: {
                    [key: string]: number;
                };
                dangerous: number;
                total: number;
            };
            organisations: {
                keyAny: number;
                keyFire: number;
                keyPublicOrder: number;
                keyWorkSafety: number;
                places: number;
                total: number;
                units: number;
            };
            population: {
                floating: number;
                overseas: number;
                registered: number;
                total: number;
                unsettled: number;
            };
            rentals: {
                general: number;
                serious: number;
                total: number;
            };
            scope: {
                code: string;
                /** @enum {string} */
                kind: "region" | "grid";
                level: string;
                name: string;
            };
            tags: {
                count: number;
                /** @enum {string} */
                group: "care" | "special";
                /** @enum {string} */
                scope: "all" | "own";
                /** @enum {string} */
                tag: "community_correction" | "released_prisoner" | "severe_mental" | "drug_user" | "key_youth" | "key_petitioner" | "elderly_alone" | "elderly_empty_nest" | "elderly_advanced" | "disabled" | "dibao" | "tekun" | "left_behind_child" | "entitled_group";
            }[];
        };
        BaseCountsInput: {
            households: number;
            houses: {
                byUse: {
                    [key: string]: number;
                };
                dangerous: number;
                total: number;
            };
            organisations: {
                keyAny: number;
                keyFire: number;
                keyPublicOrder: number;
                keyWorkSafety: number;
                places: number;
                total: number;
                units: number;
            };
            population: {
                floating: number;
                overseas: number;
                registered: number;
                total: number;
                unsettled: number;
            };
            rentals: {
                general: number;
                serious: number;
                total: number;
            };
            scope: {
                code: string;
                /** @enum {string} */
                kind: "region" | "grid";
                level: string;
                name: string;
            };
            tags: {
                count: number;
                /** @enum {string} */
                group: "care" | "special";
                /** @enum {string} */
                scope: "all" | "own";
                /** @enum {string} */
                tag: "community_correction" | "released_prisoner" | "severe_mental" | "drug_user" | "key_youth" | "key_petitioner" | "elderly_alone" | "elderly_empty_nest" | "elderly_advanced" | "disabled" | "dibao" | "tekun" | "left_behind_child" | "entitled_group";
            }[];
        };
        /** @enum {string} */
        BaseFieldView: "hidden" | "masked" | "revealable" | "full";
        /** @enum {string} */
        BaseFieldViewInput: "hidden" | "masked" | "revealable" | "full";
        BaseHistory: {
            items: {
                actor: string | null;
                after: {
                    [key: string]: unknown;
                } | null;
                /** Format: date-time */
                at: string;
                before: {
                    [key: string]: unknown;
                } | null;
                fields: string[];
                reason: string | null;
                version: number;
            }[];
        };
        BaseHistoryInput: {
            items: {
                actor: string | null;
                after: {
                    [key: string]: unknown;
                } | null;
                /** Format: date-time */
                at: string;
                before: {
                    [key: string]: unknown;
                } | null;
                fields: string[];
                reason: string | null;
                version: number;
            }[];
        };
        BaseKeyUnit: {
            address: string | null;
            distanceM: number | null;
            id: string;
            keyFire: boolean;
            keyPublicOrder: boolean;
            keyWorkSafety: boolean;
            /** @enum {string} */
            kind: "unit" | "place";
            name: string;
            openHazards: number;
            seriousHazards: number;
        };
        BaseKeyUnitInput: {
            address: string | null;
            distanceM: number | null;
            id: string;
            keyFire: boolean;
            keyPublicOrder: boolean;
            keyWorkSafety: boolean;
            /** @enum {string} */
            kind: "unit" | "place";
            name: string;
            openHazards: number;
            seriousHazards: number;
        };
        BaseNearbyHousehold: {
            address: string | null;
            building: string;
            buildingId: string;
            care: ("community_correction" | "released_prisoner" | "severe_mental" | "drug_user" | "key_youth" | "key_petitioner" | "elderly_alone" | "elderly_empty_nest" | "elderly_advanced" | "disabled" | "dibao" | "tekun" | "left_behind_child" | "entitled_group")[];
            careMasked: boolean;
            distanceM: number;
            houseId: string;
            special: ("community_correction" | "released_prisoner" | "severe_mental" | "drug_user" | "key_youth" | "key_petitioner" | "elderly_alone" | "elderly_empty_nest" | "elderly_advanced" | "disabled" | "dibao" | "tekun" | "left_behind_child" | "entitled_group")[];
        };
        BaseNearbyHouseholdInput: {
            address: string | null;
            building: string;
            buildingId: string;
            care: ("community_correction" | "released_prisoner" | "severe_mental" | "drug_user" | "key_youth" | "key_petitioner" | "elderly_alone" | "elderly_empty_nest" | "elderly_advanced" | "disabled" | "dibao" | "tekun" | "left_behind_child" | "entitled_group")[];
            careMasked: boolean;
            distanceM: number;
            houseId: string;
            special: ("community_correction" | "released_prisoner" | "severe_mental" | "drug_user" | "key_youth" | "key_petitioner" | "elderly_alone" | "elderly_empty_nest" | "elderly_advanced" | "disabled" | "dibao" | "tekun" | "left_behind_child" | "entitled_group")[];
        };
        BasePopulation: {
            items: {
                code: string;
                households: number;
                population: number;
            }[];
        };
        BasePopulationInput: {
            items: {
                code: string;
                households: number;
                population: number;
            }[];
        };
        BaseTaggedHousehold: {
            address: string | null;
            buildingId: string;
            care: ("community_correction" | "released_prisoner" | "severe_mental" | "drug_user" | "key_youth" | "key_petitioner" | "elderly_alone" | "elderly_empty_nest" | "elderly_advanced" | "disabled" | "dibao" | "tekun" | "left_behind_child" | "entitled_group")[];
            careMasked: boolean;
            houseId: string;
            special: ("community_correction" | "released_prisoner" | "severe_mental" | "drug_user" | "key_youth" | "key_petitioner" | "elderly_alone" | "elderly_empty_nest" | "elderly_advanced" | "disabled" | "dibao" | "tekun" | "left_behind_child" | "entitled_group")[];
        };
        BaseTaggedHouseholdInput: {
            address: string | null;
            buildingId: string;
            care: ("community_correction" | "released_prisoner" | "severe_mental" | "drug_user" | "key_youth" | "key_petitioner" | "elderly_alone" | "elderly_empty_nest" | "elderly_advanced" | "disabled" | "dibao" | "tekun" | "left_behind_child" | "entitled_group")[];
            careMasked: boolean;
            houseId: string;
            special: ("community_correction" | "released_prisoner" | "severe_mental" | "drug_user" | "key_youth" | "key_petitioner" | "elderly_alone" | "elderly_empty_nest" | "elderly_advanced" | "disabled" | "dibao" | "tekun" | "left_behind_child" | "entitled_group")[];
        };
        CalendarDay: {
            /** Format: date */
            date: string;
            /** @enum {string} */
            kind: "workday" | "holiday";
            name?: string;
            nameEn?: string;
            /** @enum {string} */
            source: "official" | "override";
        };
        CalendarDayInput: {
            /** Format: date */
            date: string;
            /** @enum {string} */
            kind: "workday" | "holiday";
            name?: string;
            nameEn?: string;
            /** @enum {string} */
            source: "official" | "override";
        };
        Callback: {
            /** Format: date-time */
            at: string;
            comment: string | null;
            rating: components["schemas"]["CallbackRating"] | null;
            resolved: boolean | null;
        };
        CallbackInput: {
            at: unknown;
            comment: string | null;
            rating: components["schemas"]["CallbackRatingInput"] | null;
            resolved: boolean | null;
        };
        /** @enum {string} */
        CallbackRating: "satisfied" | "basically_satisfied" | "unsatisfied";
        /** @enum {string} */
        CallbackRatingInput: "satisfied" | "basically_satisfied" | "unsatisfied";
        CallerLookup: {
            cases: {
                address: string | null;
                category: {
                    code: string;
                    nameEn: string;
                    nameZh: string;
                } | null;
                createdAt: string;
                id: string;
                /** @enum {string} */
                status: "registered" | "dispatched" | "in_progress" | "reported" | "closed" | "returned" | "arbitration" | "suspended" | "void" | "merged";
                title: string;
            }[];
            persons: {
                house: {
                    address: string;
                    addressId: string;
                    gridCode: string | null;
                    id: string;
                    lat: number | null;
                    lon: number | null;
                } | null;
                id: string;
                name: string;
                nameMasked: boolean;
            }[];
        };
        CallerLookupInput: {
            cases: {
                address: string | null;
                category: {
                    code: string;
                    nameEn: string;
                    nameZh: string;
                } | null;
                createdAt: string;
                id: string;
                /** @enum {string} */
                status: "registered" | "dispatched" | "in_progress" | "reported" | "closed" | "returned" | "arbitration" | "suspended" | "void" | "merged";
                title: string;
            }[];
            persons: {
                house: {
                    address: string;
                    addressId: string;
                    gridCode: string | null;
                    id: string;
                    lat: number | null;
                    lon: number | null;
                } | null;
                id: string;
                name: string;
                nameMasked: boolean;
            }[];
        };
        CaseDetail: {
            address: string | null;
            answer: string | null;
            assignments: components["schemas"]["Assignment"][];
            availableActions: ("dispatch" | "accept" | "return" | "progress" | "report" | "verify_pass" | "verify_fail" | "request_extension" | "approve_extension" | "reject_extension" | "suspend" | "resume" | "void" | "merge" | "close_direct" | "callback" | "reopen" | "urge" | "assist_accept" | "assist_report" | "release_assist")[];
            callback: components["schemas"]["Callback"] | null;
            callers: components["schemas"]["AttachedCaller"][];
            category: components["schemas"]["CategoryRef"] | null;
            /** @enum {string} */
            channel: "hotline" | "web" | "app" | "grid_patrol" | "open311" | "department" | "sensor" | "media";
            children: string[];
            community: components["schemas"]["CodeName"] | null;
            /** Format: date-time */
            createdAt: string;
            description: string;
            dueState: components["schemas"]["DueState"] | null;
            grid: components["schemas"]["CodeName"] | null;
            id: string;
            lat: number | null;
            leadUnit: components["schemas"]["UnitRef"] | null;
            lon: number | null;
            parentId: string | null;
            photoIds: string[];
            reopenCount: number;
            reporter: components["schemas"]["Reporter"];
            /** @enum {string} */
            requestType: "consult" | "help" | "complaint" | "report" | "suggestion";
            resolveDueAt: string | null;
            returnCount: number;
            routeSource: ("duty" | "local_fallback" | "district_fallback" | "grid" | "manual") | null;
            /** @enum {string} */
            status: "registered" | "dispatched" | "in_progress" | "reported" | "closed" | "returned" | "arbitration" | "suspended" | "void" | "merged";
            street: components["schemas"]["CodeName"] | null;
            suggestions: components["schemas"]["RouteSuggestion"][];
            timeline: components["schemas"]["TimelineEvent"][];
            title: string;
            /** @enum {string} */
            urgency: "emergency" | "urgent" | "ordinary" | "complex";
        };
        CaseDetailInput: {
            address: string | null;
            answer: string | null;
            assignments: components["schemas"]["AssignmentInput"][];
            availableActions: ("dispatch" | "accept" | "return" | "progress" | "report" | "verify_pass" | "verify_fail" | "request_extension" | "approve_extension" | "reject_extension" | "suspend" | "resume" | "void" | "merge" | "close_direct" | "callback" | "reopen" | "urge" | "assist_accept" | "assist_report" | "release_assist")[];
            callback: components["schemas"]["CallbackInput"] | null;
            callers: components["schemas"]["AttachedCallerInput"][];
            category: components["schemas"]["CategoryRefInput"] | null;
            /** @enum {string} */
            channel: "hotline" | "web" | "app" | "grid_patrol" | "open311" | "department" | "sensor" | "media";
            children: string[];
            community: components["schemas"]["CodeNameInput"] | null;
            createdAt: unknown;
            description: string;
            dueState: components["schemas"]["DueStateInput"] | null;
            grid: components["schemas"]["CodeNameInput"] | null;
            id: string;
            lat: number | null;
            leadUnit: components["schemas"]["UnitRefInput"] | null;
            lon: number | null;
            parentId: string | null;
            photoIds: string[];
            reopenCount: number;
            reporter: components["schemas"]["ReporterInput"];
            /** @enum {string} */
            requestType: "consult" | "help" | "complaint" | "report" | "suggestion";
            resolveDueAt: unknown | null;
            returnCount: number;
            routeSource: ("duty" | "local_fallback" | "district_fallback" | "grid" | "manual") | null;
            /** @enum {string} */
            status: "registered" | "dispatched" | "in_progress" | "reported" | "closed" | "returned" | "arbitration" | "suspended" | "void" | "merged";
            street: components["schemas"]["CodeNameInput"] | null;
            suggestions: components["schemas"]["RouteSuggestionInput"][];
            timeline: components["schemas"]["TimelineEventInput"][];
            title: string;
            /** @enum {string} */
            urgency: "emergency" | "urgent" | "ordinary" | "complex";
        };
        CaseSummary: {
            address: string | null;
            category: components["schemas"]["CategoryRef"] | null;
            /** @enum {string} */
            channel: "hotline" | "web" | "app" | "grid_patrol" | "open311" | "department" | "sensor" | "media";
            community: components["schemas"]["CodeName"] | null;
            /** Format: date-time */
            createdAt: string;
            dueState: components["schemas"]["DueState"] | null;
            grid: components["schemas"]["CodeName"] | null;
            id: string;
            lat: number | null;
            leadUnit: components["schemas"]["UnitRef"] | null;
            lon: number | null;
            parentId: string | null;
            /** @enum {string} */
            requestType: "consult" | "help" | "complaint" | "report" | "suggestion";
            resolveDueAt: string | null;
            /** @enum {string} */
            status: "registered" | "dispatched" | "in_progress" | "reported" | "closed" | "returned" | "arbitration" | "suspended" | "void" | "merged";
            street: components["schemas"]["CodeName"] | null;
            title: string;
            /** @enum {string} */
            urgency: "emergency" | "urgent" | "ordinary" | "complex";
        };
        CaseSummaryInput: {
            address: string | null;
            category: components["schemas"]["CategoryRefInput"] | null;
            /** @enum {string} */
            channel: "hotline" | "web" | "app" | "grid_patrol" | "open311" | "department" | "sensor" | "media";
            community: components["schemas"]["CodeNameInput"] | null;
            createdAt: unknown;
            dueState: components["schemas"]["DueStateInput"] | null;
            grid: components["schemas"]["CodeNameInput"] | null;
            id: string;
            lat: number | null;
            leadUnit: components["schemas"]["UnitRefInput"] | null;
            lon: number | null;
            parentId: string | null;
            /** @enum {string} */
            requestType: "consult" | "help" | "complaint" | "report" | "suggestion";
            resolveDueAt: unknown | null;
            /** @enum {string} */
            status: "registered" | "dispatched" | "in_progress" | "reported" | "closed" | "returned" | "arbitration" | "suspended" | "void" | "merged";
            street: components["schemas"]["CodeNameInput"] | null;
            title: string;
            /** @enum {string} */
            urgency: "emergency" | "urgent" | "ordinary" | "complex";
        };
        Category: {
            active: boolean;
            code: string;
            /** @enum {string} */
            defaultUrgency: "emergency" | "urgent" | "ordinary" | "complex";
            facility: boolean;
            gridSolvable: boolean;
            isLeaf: boolean;
            keywords: string[];
            nameEn: string;
            nameZh: string;
            parentCode: string | null;
            public: boolean;
            serviceCode: string | null;
        };
        CategoryInput: {
            active: boolean;
            code: string;
            /** @enum {string} */
            defaultUrgency: "emergency" | "urgent" | "ordinary" | "complex";
            facility: boolean;
            gridSolvable: boolean;
            isLeaf: boolean;
            keywords: string[];
            nameEn: string;
            nameZh: string;
            parentCode: string | null;
            public: boolean;
            serviceCode: string | null;
        };
        CategoryRef: {
            code: string;
            nameEn: string;
            nameZh: string;
        };
        CategoryRefInput: {
            code: string;
            nameEn: string;
            nameZh: string;
        };
        CategorySuggestions: {
            items: {
                caseId: string;
                categoryCode: string | null;
                /** @enum {string} */
                categorySource: "given" | "classifier" | "dispatcher";
                suggestions: {
                    code: string;
                    confidence: number;
                    nameEn: string;
                    nameZh: string;
                    terms: {
                        term: string;
                        weight: number;
                    }[];
                }[];
            }[];
            modelVersion: number | null;
            threshold: number | null;
        };
        CategorySuggestionsInput: {
            items: {
                caseId: string;
                categoryCode: string | null;
                /** @enum {string} */
                categorySource: "given" | "classifier" | "dispatcher";
                suggestions: {
                    code: string;
                    confidence: number;
                    nameEn: string;
                    nameZh: string;
                    terms: {
                        term: string;
                        weight: number;
                    }[];
                }[];
            }[];
            modelVersion: number | null;
            threshold: number | null;
        };
        CodeName: {
            code: string;
            name: string;
        };
        CodeNameInput: {
            code: string;
            name: string;
        };
        CommunityTask: {
            communityCode: string;
            communityName: string;
            content: string;
            createdAt: string;
            doneNote: string | null;
            dueOn: string | null;
            id: string;
            itemId: string;
            itemTitle: string;
            /** @enum {string} */
            status: "sent" | "done";
            title: string;
            unitName: string;
        };
        CommunityTaskInput: {
            communityCode: string;
            communityName: string;
            content: string;
            createdAt: string;
            doneNote: string | null;
            dueOn: string | null;
            id: string;
            itemId: string;
            itemTitle: string;
            /** @enum {string} */
            status: "sent" | "done";
            title: string;
            unitName: string;
        };
        CommunityTaskList: {
            items: components["schemas"]["CommunityTask"][];
        };
        CommunityTaskListInput: {
            items: components["schemas"]["CommunityTaskInput"][];
        };
        CommunityTaskSent: {
            itemId: string;
            items: components["schemas"]["CommunityTask"][];
        };
        CommunityTaskSentInput: {
            itemId: string;
            items: components["schemas"]["CommunityTaskInput"][];
        };
        Coverage: {
            covered: number;
            /** Format: date-time */
            from: string;
            grids: {
                code: string;
                communityCode: string;
                lastPatrolAt: string | null;
                name: string;
                patrols: number;
                workers: number;
            }[];
            /** @enum {string} */
            period: "today" | "week";
            total: number;
        };
        CoverageInput: {
            covered: number;
            /** Format: date-time */
            from: string;
            grids: {
                code: string;
                communityCode: string;
                lastPatrolAt: string | null;
                name: string;
                patrols: number;
                workers: number;
            }[];
            /** @enum {string} */
            period: "today" | "week";
            total: number;
        };
        DashboardMap: {
            byGrid: {
                code: string;
                inProgress: number;
                open: number;
            }[];
            byStreet: {
                code: string;
                inProgress: number;
                name: string;
                open: number;
            }[];
            region: {
                code: string;
                level: string;
                name: string;
            };
            total: number;
            withoutGrid: number;
        };
        DashboardMapInput: {
            byGrid: {
                code: string;
                inProgress: number;
                open: number;
            }[];
            byStreet: {
                code: string;
                inProgress: number;
                name: string;
                open: number;
            }[];
            region: {
                code: string;
                level: string;
                name: string;
            };
            total: number;
            withoutGrid: number;
        };
        DashboardSummary: {
            aggregatesAsOf: string | null;
            filters: {
                categoryCode: string | null;
                channel: string | null;
                unitId: string | null;
            };
            intake: {
                byCategory: {
                    cases: number;
                    category: components["schemas"]["CategoryRef"] | null;
                }[];
                byChannel: {
                    [key: string]: number;
                };
                topStreets: {
                    cases: number;
                    street: components["schemas"]["CodeName"];
                }[];
                total: number;
                trend: {
                    cases: number;
                    /** Format: date */
                    day: string;
                }[];
            };
            latest: {
                category: components["schemas"]["CategoryRef"] | null;
                /** @enum {string} */
                channel: "hotline" | "web" | "app" | "grid_patrol" | "open311" | "department" | "sensor" | "media";
                /** Format: date-time */
                createdAt: string;
                id: string;
                /** @enum {string} */
                status: "registered" | "dispatched" | "in_progress" | "reported" | "closed" | "returned" | "arbitration" | "suspended" | "void" | "merged";
                street: components["schemas"]["CodeName"] | null;
                title: string;
                /** @enum {string} */
                urgency: "emergency" | "urgent" | "ordinary" | "complex";
            }[];
            openWhistles: number;
            period: {
                /** Format: date */
                from: string;
                /** Format: date */
                to: string;
            };
            region: {
                code: string;
                level: string;
                name: string;
            };
            status: {
                inProgress: number;
                open: number;
                overdue: number;
                overdueAssignments: number;
            };
            /** Format: date */
            today: string;
            todayByChannel: {
                [key: string]: number;
            };
            todayTotal: number;
            topStreetsByOverdue: {
                overdue: number;
                street: components["schemas"]["CodeName"];
            }[];
            unitFilterIgnoredFor: string[];
        };
        DashboardSummaryInput: {
            aggregatesAsOf: unknown | null;
            filters: {
                categoryCode: string | null;
                channel: string | null;
                unitId: string | null;
            };
            intake: {
                byCategory: {
                    cases: number;
                    category: components["schemas"]["CategoryRefInput"] | null;
                }[];
                byChannel: {
                    [key: string]: number;
                };
                topStreets: {
                    cases: number;
                    street: components["schemas"]["CodeNameInput"];
                }[];
                total: number;
                trend: {
                    cases: number;
                    /** Format: date */
                    day: string;
                }[];
            };
            latest: {
                category: components["schemas"]["CategoryRefInput"] | null;
                /** @enum {string} */
                channel: "hotline" | "web" | "app" | "grid_patrol" | "open311" | "department" | "sensor" | "media";
                createdAt: unknown;
                id: string;
                /** @enum {string} */
                status: "registered" | "dispatched" | "in_progress" | "reported" | "closed" | "returned" | "arbitration" | "suspended" | "void" | "merged";
                street: components["schemas"]["CodeNameInput"] | null;
                title: string;
                /** @enum {string} */
                urgency: "emergency" | "urgent" | "ordinary" | "complex";
            }[];
            openWhistles: number;
            period: {
                /** Format: date */
                from: string;
                /** Format: date */
                to: string;
            };
            region: {
                code: string;
                level: string;
                name: string;
            };
            status: {
                inProgress: number;
                open: number;
                overdue: number;
                overdueAssignments: number;
            };
            /** Format: date */
            today: string;
            todayByChannel: {
                [key: string]: number;
            };
            todayTotal: number;
            topStreetsByOverdue: {
                overdue: number;
                street: components["schemas"]["CodeNameInput"];
            }[];
            unitFilterIgnoredFor: string[];
        };
        DeadlinePolicy: {
            accept: components["schemas"]["Duration"];
            categoryCode: string | null;
            categoryName: string | null;
            categoryNameEn: string | null;
            id: string;
            resolve: components["schemas"]["Duration"];
            respond: components["schemas"]["Duration"];
            /** @enum {string} */
            urgency: "emergency" | "urgent" | "ordinary" | "complex";
        };
        DeadlinePolicyInput: {
            accept: components["schemas"]["DurationInput"];
            categoryCode: string | null;
            categoryName: string | null;
            categoryNameEn: string | null;
            id: string;
            resolve: components["schemas"]["DurationInput"];
            respond: components["schemas"]["DurationInput"];
            /** @enum {string} */
            urgency: "emergency" | "urgent" | "ordinary" | "complex";
        };
        Drill: {
            items: components["schemas"]["DrillItem"][];
            /** @enum {string} */
            measure: "response" | "resolution" | "satisfaction";
            outcome: components["schemas"]["Outcome"];
            period: components["schemas"]["Period"];
            unit: components["schemas"]["IdName"];
        };
        DrillInput: {
            items: components["schemas"]["DrillItemInput"][];
            /** @enum {string} */
            measure: "response" | "resolution" | "satisfaction";
            outcome: components["schemas"]["OutcomeInput"];
            period: components["schemas"]["PeriodInput"];
            unit: components["schemas"]["IdNameInput"];
        };
        DrillItem: {
            acceptDueAt: string | null;
            acceptedAt: string | null;
            caseId: string;
            categoryCode: string | null;
            /** Format: date */
            day: string;
            outcome: components["schemas"]["Outcome"];
            rating: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
            resolved: boolean | null;
            /** @enum {string} */
            status: "registered" | "dispatched" | "in_progress" | "reported" | "closed" | "returned" | "arbitration" | "suspended" | "void" | "merged";
            title: string;
        };
        DrillItemInput: {
            acceptDueAt: unknown | null;
            acceptedAt: unknown | null;
            caseId: string;
            categoryCode: string | null;
            /** Format: date */
            day: string;
            outcome: components["schemas"]["OutcomeInput"];
            rating: ("satisfied" | "basically_satisfied" | "unsatisfied") | null;
            resolved: boolean | null;
            /** @enum {string} */
            status: "registered" | "dispatched" | "in_progress" | "reported" | "closed" | "returned" | "arbitration" | "suspended" | "void" | "merged";
            title: string;
        };
        /** @enum {string} */
        DueState: "ok" | "due_soon" | "overdue";
        /** @enum {string} */
        DueStateInput: "ok" | "due_soon" | "overdue";
        Duration: {
            /** @enum {string} */
            unit: "hours" | "working_hours" | "days" | "working_days";
            value: number;
        };
        DurationInput: {
            /** @enum {string} */
            unit: "hours" | "working_hours" | "days" | "working_days";
            value: number;
        };
        Duty: {
            category: components["schemas"]["CategoryRef"];
            editable: boolean;
            id: string;
            note: string | null;
            parties: components["schemas"]["DutyParty"][];
            region: components["schemas"]["RegionRef"];
        };
        DutyInput: {
            category: components["schemas"]["CategoryRefInput"];
            editable: boolean;
            id: string;
            note: string | null;
            parties: components["schemas"]["DutyPartyInput"][];
            region: components["schemas"]["RegionRefInput"];
        };
        DutyParty: {
            localStreet: boolean;
            /** @enum {string} */
            role: "lead" | "coordinate" | "assist";
            unit: components["schemas"]["IdName"] | null;
        };
        DutyPartyInput: {
            localStreet: boolean;
            /** @enum {string} */
            role: "lead" | "coordinate" | "assist";
            unit: components["schemas"]["IdNameInput"] | null;
        };
        DutyResolution: {
            assists: components["schemas"]["ResolvedUnit"][];
            category: {
                code: string;
                gridSolvable: boolean;
                nameEn: string;
                nameZh: string;
            };
            coordinators: components["schemas"]["ResolvedUnit"][];
            duty: {
                id: string;
                region: components["schemas"]["CodeName"];
            } | null;
            explanation: string;
            lead: components["schemas"]["ResolvedUnit"] | null;
            location: components["schemas"]["Location"];
            /** @enum {string} */
            source: "duty" | "local_fallback" | "district_fallback";
        };
        DutyResolutionInput: {
            assists: components["schemas"]["ResolvedUnitInput"][];
            category: {
                code: string;
                gridSolvable: boolean;
                nameEn: string;
                nameZh: string;
            };
            coordinators: components["schemas"]["ResolvedUnitInput"][];
            duty: {
                id: string;
                region: components["schemas"]["CodeNameInput"];
            } | null;
            explanation: string;
            lead: components["schemas"]["ResolvedUnitInput"] | null;
            location: components["schemas"]["LocationInput"];
            /** @enum {string} */
            source: "duty" | "local_fallback" | "district_fallback";
        };
        ErrorBody: {
            error: {
                code: string;
                details?: {
                    column?: string;
                    key?: string;
                    message: string;
                    params?: {
                        [key: string]: unknown;
                    };
                    path?: string;
                    row?: number;
                }[];
                message: string;
                params?: {
                    [key: string]: string | number;
                };
            };
        };
        ErrorBodyInput: {
            error: {
                code: string;
                details?: {
                    column?: string;
                    key?: string;
                    message: string;
                    params?: {
                        [key: string]: unknown;
                    };
                    path?: string;
                    row?: number;
                }[];
                message: string;
                params?: {
                    [key: string]: string | number;
                };
            };
        };
        FieldBuildingList: {
            items: {
                fullName: string;
                gridCode: string | null;
                id: string;
                name: string;
                rooms: number;
            }[];
        };
        FieldBuildingListInput: {
            items: {
                fullName: string;
                gridCode: string | null;
                id: string;
                name: string;
                rooms: number;
            }[];
        };
        FieldBundle: {
            buildings: {
                footprint: unknown | null;
                id: string;
                name: string;
                /** @description [lon, lat] (WGS-84) */
                point: [
                    number,
                    number
                ];
            }[];
            checklists: {
                [key: string]: {
                    en: string;
                    key: string;
                    zh: string;
                }[];
            };
            /** Format: date-time */
            generatedAt: string;
            grids: {
                /** @description GeoJSON geometry (WGS-84) */
                boundary: unknown;
                code: string;
                name: string;
            }[];
            households: {
                addressId: string;
                buildingId: string | null;
                houseId: string;
                label: string;
                residents: {
                    name: string;
                    personId: string;
                    residenceId: string;
                    tags: {
                        checklist: string;
                        /** @enum {string} */
                        class: "P2" | "P3";
                        level: string | null;
                        tag: ("community_correction" | "released_prisoner" | "severe_mental" | "drug_user" | "key_youth" | "key_petitioner" | "elderly_alone" | "elderly_empty_nest" | "elderly_advanced" | "disabled" | "dibao" | "tekun" | "left_behind_child" | "entitled_group") | null;
                        tagId: string;
                    }[];
                }[];
            }[];
            keyPlaces: {
                id: string;
                /** @enum {string} */
                kind: "organisation" | "address";
                name: string;
                /** @description [lon, lat] (WGS-84) */
                point: [
                    number,
                    number
                ];
            }[];
            roads: {
                id: string;
                /** @description GeoJSON geometry (WGS-84) */
                line: unknown;
                name: string;
            }[];
            settings: {
                accuracyThresholdM: number;
                trackIntervalS: number;
                trackKeepDays: number;
            };
            version: string;
            visitsDue: components["schemas"]["VisitDueItem"][];
        };
        FieldBundleInput: {
            buildings: {
                footprint: unknown | null;
                id: string;
                name: string;
                /** @description [lon, lat] (WGS-84) */
                point: [
                    number,
                    number
                ];
            }[];
            checklists: {
                [key: string]: {
                    en: string;
                    key: string;
                    zh: string;
                }[];
            };
            /** Format: date-time */
            generatedAt: string;
            grids: {
                /** @description GeoJSON geometry (WGS-84) */
                boundary: unknown;
                code: string;
                name: string;
            }[];
            households: {
                addressId: string;
                buildingId: string | null;
                houseId: string;
                label: string;
                residents: {
                    name: string;
                    personId: string;
                    residenceId: string;
                    tags: {
                        checklist: string;
                        /** @enum {string} */
                        class: "P2" | "P3";
                        level: string | null;
                        tag: ("community_correction" | "released_prisoner" | "severe_mental" | "drug_user" | "key_youth" | "key_petitioner" | "elderly_alone" | "elderly_empty_nest" | "elderly_advanced" | "disabled" | "dibao" | "tekun" | "left_behind_child" | "entitled_group") | null;
                        tagId: string;
                    }[];
                }[];
            }[];
            keyPlaces: {
                id: string;
                /** @enum {string} */
                kind: "organisation" | "address";
                name: string;
                /** @description [lon, lat] (WGS-84) */
                point: [
                    number,
                    number
                ];
            }[];
            roads: {
                id: string;
                /** @description GeoJSON geometry (WGS-84) */
                line: unknown;
                name: string;
            }[];
            settings: {
                accuracyThresholdM: number;
                trackIntervalS: number;
                trackKeepDays: number;
            };
            version: string;
            visitsDue: components["schemas"]["VisitDueItemInput"][];
        };
        FieldDailyLog: {
            checkins: {
                accuracyM: number | null;
                addressId: string | null;
                /** Format: date-time */
                at: string;
                lat: number | null;
                lon: number | null;
                note: string | null;
                organisationId: string | null;
                patrolId: string;
                place: string | null;
            }[];
            date: string;
            findings: {
                /** Format: date-time */
                at: string;
                caseId: string;
                categoryCode: string | null;
                status: string;
                title: string;
            }[];
            patrols: components["schemas"]["Patrol"][];
            quickFixes: components["schemas"]["QuickFix"][];
            totals: {
                checkins: number;
                distanceM: number;
                findings: number;
                patrols: number;
                quickFixes: number;
                visits: number;
            };
            visits: {
                anomaly: boolean;
                /** @enum {string} */
                class: "P0" | "P1" | "P2" | "P3";
                id: string;
                /** @enum {string} */
                mode: "door" | "phone" | "video";
                personId: string;
                signoff: {
                    /** @enum {string} */
                    light: "green" | "yellow" | "red";
                    /** @enum {string} */
                    state: "pending" | "signed" | "replied";
                } | null;
                version: number;
                /** Format: date-time */
                visitedAt: string;
            }[];
            worker: {
                id: string;
                name: string;
            };
        };
        FieldDailyLogInput: {
            checkins: {
                accuracyM: number | null;
                addressId: string | null;
                /** Format: date-time */
                at: string;
                lat: number | null;
                lon: number | null;
                note: string | null;
                organisationId: string | null;
                patrolId: string;
                place: string | null;
            }[];
            date: string;
            findings: {
                /** Format: date-time */
                at: string;
                caseId: string;
                categoryCode: string | null;
                status: string;
                title: string;
            }[];
            patrols: components["schemas"]["PatrolInput"][];
            quickFixes: components["schemas"]["QuickFixInput"][];
            totals: {
                checkins: number;
                distanceM: number;
                findings: number;
                patrols: number;
                quickFixes: number;
                visits: number;
            };
            visits: {
                anomaly: boolean;
                /** @enum {string} */
                class: "P0" | "P1" | "P2" | "P3";
                id: string;
                /** @enum {string} */
                mode: "door" | "phone" | "video";
                personId: string;
                signoff: {
                    /** @enum {string} */
                    light: "green" | "yellow" | "red";
                    /** @enum {string} */
                    state: "pending" | "signed" | "replied";
                } | null;
                version: number;
                /** Format: date-time */
                visitedAt: string;
            }[];
            worker: {
                id: string;
                name: string;
            };
        };
        FieldGridRow: {
            code: string;
            community: components["schemas"]["CodeName"];
            lastPatrolAt: string | null;
            name: string;
            patrols: number;
            quickFixes: number;
            tasksOpen: number;
            tasksOverdue: number;
            visitsDue: number;
            visitsOverdue: number;
            workers: {
                id: string;
                name: string;
            }[];
        };
        FieldGridRowInput: {
            code: string;
            community: components["schemas"]["CodeNameInput"];
            lastPatrolAt: string | null;
            name: string;
            patrols: number;
            quickFixes: number;
            tasksOpen: number;
            tasksOverdue: number;
            visitsDue: number;
            visitsOverdue: number;
            workers: {
                id: string;
                name: string;
            }[];
        };
        FieldGrids: {
            /** Format: date-time */
            from: string;
            items: components["schemas"]["FieldGridRow"][];
            /** @enum {string} */
            period: "today" | "week";
            scope: components["schemas"]["FieldviewScope"];
        };
        FieldGridsInput: {
            /** Format: date-time */
            from: string;
            items: components["schemas"]["FieldGridRowInput"][];
            /** @enum {string} */
            period: "today" | "week";
            scope: components["schemas"]["FieldviewScopeInput"];
        };
        FieldOverview: {
            coverage: {
                covered: number;
                grids: number;
            };
            /** Format: date-time */
            from: string;
            mediation: {
                byStatus: {
                    [key: string]: number;
                };
                total: number;
            };
            patrols: {
                checkins: number;
                count: number;
                distanceM: number;
                workers: number;
            };
            /** @enum {string} */
            period: "today" | "week";
            quickFixes: number;
            scope: components["schemas"]["FieldviewScope"];
            signoffs: {
                pending: number;
                red: number;
                replied: number;
                signed: number;
                yellow: number;
            };
            staffing: {
                grids: number;
                staffed: number;
                workers: number;
            };
            tasks: {
                accepted: number;
                assigned: number;
                cancelled: number;
                done: number;
                overdue: number;
            };
            visits: {
                byTag: {
                    /** @enum {string} */
                    class: "P0" | "P1" | "P2" | "P3";
                    done: number;
                    due: number;
                    overdue: number;
                    /** @enum {string} */
                    tag: "community_correction" | "released_prisoner" | "severe_mental" | "drug_user" | "key_youth" | "key_petitioner" | "elderly_alone" | "elderly_empty_nest" | "elderly_advanced" | "disabled" | "dibao" | "tekun" | "left_behind_child" | "entitled_group";
                    upcoming: number;
                }[];
                total: {
                    done: number;
                    due: number;
                    overdue: number;
                    upcoming: number;
                };
            };
        };
        FieldOverviewInput: {
            coverage: {
                covered: number;
                grids: number;
            };
            /** Format: date-time */
            from: string;
            mediation: {
                byStatus: {
                    [key: string]: number;
                };
                total: number;
            };
            patrols: {
                checkins: number;
                count: number;
                distanceM: number;
                workers: number;
            };
            /** @enum {string} */
            period: "today" | "week";
            quickFixes: number;
            scope: components["schemas"]["FieldviewScopeInput"];
            signoffs: {
                pending: number;
                red: number;
                replied: number;
                signed: number;
                yellow: number;
            };
            staffing: {
                grids: number;
                staffed: number;
                workers: number;
            };
            tasks: {
                accepted: number;
                assigned: number;
                cancelled: number;
                done: number;
                overdue: number;
            };
            visits: {
                byTag: {
                    /** @enum {string} */
                    class: "P0" | "P1" | "P2" | "P3";
                    done: number;
                    due: number;
                    overdue: number;
                    /** @enum {string} */
                    tag: "community_correction" | "released_prisoner" | "severe_mental" | "drug_user" | "key_youth" | "key_petitioner" | "elderly_alone" | "elderly_empty_nest" | "elderly_advanced" | "disabled" | "dibao" | "tekun" | "left_behind_child" | "entitled_group";
                    upcoming: number;
                }[];
                total: {
                    done: number;
                    due: number;
                    overdue: number;
                    upcoming: number;
                };
            };
        };
        FieldPatrolRecord: {
            checkins: {
                accuracyM: number | null;
                /** Format: date-time */
                at: string;
                lat: number | null;
                lon: number | null;
                note: string | null;
                place: string | null;
            }[];
            findings: {
                /** Format: date-time */
                at: string;
                caseId: string;
                status: string;
                title: string;
            }[];
            patrol: components["schemas"]["Patrol"];
            quickFixes: {
                description: string;
                id: string;
                /** Format: date-time */
                settledAt: string;
            }[];
            track: {
                accuracyThresholdM: number;
                keepDays: number;
                points: {
                    accuracyM: number | null;
                    /** Format: date-time */
                    at: string;
                    lat: number;
                    lon: number;
                    /** @enum {string} */
                    quality: "good" | "coarse" | "unknown";
                }[];
            } | null;
            /** @enum {string} */
            trackState: "shown" | "withheld" | "not_recorded";
        };
        FieldPatrolRecordInput: {
            checkins: {
                accuracyM: number | null;
                /** Format: date-time */
                at: string;
                lat: number | null;
                lon: number | null;
                note: string | null;
                place: string | null;
            }[];
            findings: {
                /** Format: date-time */
                at: string;
                caseId: string;
                status: string;
                title: string;
            }[];
            patrol: components["schemas"]["PatrolInput"];
            quickFixes: {
                description: string;
                id: string;
                /** Format: date-time */
                settledAt: string;
            }[];
            track: {
                accuracyThresholdM: number;
                keepDays: number;
                points: {
                    accuracyM: number | null;
                    /** Format: date-time */
                    at: string;
                    lat: number;
                    lon: number;
                    /** @enum {string} */
                    quality: "good" | "coarse" | "unknown";
                }[];
            } | null;
            /** @enum {string} */
            trackState: "shown" | "withheld" | "not_recorded";
        };
        FieldQuickFixRecord: {
            accuracyM: number | null;
            addressId: string | null;
            afterUploadIds: string[];
            beforeUploadIds: string[];
            categoryCode: string | null;
            description: string;
            grid: components["schemas"]["CodeName"];
            id: string;
            lat: number | null;
            lon: number | null;
            patrolId: string | null;
            place: string | null;
            /** Format: date-time */
            settledAt: string;
            version: number;
            worker: {
                id: string;
                name: string;
            };
        };
        FieldQuickFixRecordInput: {
            accuracyM: number | null;
            addressId: string | null;
            afterUploadIds: string[];
            beforeUploadIds: string[];
            categoryCode: string | null;
            description: string;
            grid: components["schemas"]["CodeNameInput"];
            id: string;
            lat: number | null;
            lon: number | null;
            patrolId: string | null;
            place: string | null;
            /** Format: date-time */
            settledAt: string;
            version: number;
            worker: {
                id: string;
                name: string;
            };
        };
        FieldRules: {
            canEdit: boolean;
            rules: components["schemas"]["VisitRuleView"][];
            settings: {
                /** @default 50 */
                accuracyThresholdM: number;
                /** @default 48 */
                signoffRedHours: number;
                /** @default 24 */
                signoffYellowHours: number;
                /** @default 30 */
                trackIntervalS: number;
                /** @default 30 */
                trackKeepDays: number;
            };
        };
        FieldRulesInput: {
            canEdit: boolean;
            rules: components["schemas"]["VisitRuleViewInput"][];
            settings: {
                /** @default 50 */
                accuracyThresholdM: number;
                /** @default 48 */
                signoffRedHours: number;
                /** @default 24 */
                signoffYellowHours: number;
                /** @default 30 */
                trackIntervalS: number;
                /** @default 30 */
                trackKeepDays: number;
            };
        };
        FieldSettingsIn: {
            /** @default 50 */
            accuracyThresholdM: number;
            /** @default 48 */
            signoffRedHours: number;
            /** @default 24 */
            signoffYellowHours: number;
            /** @default 30 */
            trackIntervalS: number;
            /** @default 30 */
            trackKeepDays: number;
        };
        FieldSettingsInInput: {
            /** @default 50 */
            accuracyThresholdM: number;
            /** @default 48 */
            signoffRedHours: number;
            /** @default 24 */
            signoffYellowHours: number;
            /** @default 30 */
            trackIntervalS: number;
            /** @default 30 */
            trackKeepDays: number;
        };
        FieldTask: {
            acceptedAt: string | null;
            actions: ("accept" | "done" | "cancel")[];
            cancelledAt: string | null;
            cancelReason: string | null;
            /** Format: date-time */
            createdAt: string;
            detail: string | null;
            doneAt: string | null;
            doneLate: boolean;
            /** Format: date-time */
            dueAt: string;
            evidence: string | null;
            grid: components["schemas"]["CodeName"] | null;
            id: string;
            issuer: {
                id: string;
                name: string;
            };
            issuerUnit: string | null;
            /** @enum {string} */
            kind: "verify_case" | "collect_report" | "visit" | "inspect" | "collect_building" | "other";
            missing: string | null;
            overdue: boolean;
            /** @enum {string} */
            status: "assigned" | "accepted" | "done" | "cancelled";
            target: {
                addressId: string | null;
                caseId: string | null;
                label: string | null;
                organisationId: string | null;
                personId: string | null;
                reportInstanceId: string | null;
            };
            title: string;
            uploadIds: string[];
            worker: {
                id: string;
                name: string;
            };
        };
        FieldTaskDone: {
            deviceAt?: string | null;
            evidence: string;
            instanceId: string;
            reason?: string | null;
            replaces?: string | null;
            /** @default [] */
            uploadIds: string[];
        };
        FieldTaskDoneInput: {
            deviceAt?: string | null;
            evidence: string;
            instanceId: string;
            reason?: string | null;
            replaces?: string | null;
            /** @default [] */
            uploadIds: string[];
        };
        FieldTaskInput: {
            acceptedAt: string | null;
            actions: ("accept" | "done" | "cancel")[];
            cancelledAt: string | null;
            cancelReason: string | null;
            /** Format: date-time */
            createdAt: string;
            detail: string | null;
            doneAt: string | null;
            doneLate: boolean;
            /** Format: date-time */
            dueAt: string;
            evidence: string | null;
            grid: components["schemas"]["CodeNameInput"] | null;
            id: string;
            issuer: {
                id: string;
                name: string;
            };
            issuerUnit: string | null;
            /** @enum {string} */
            kind: "verify_case" | "collect_report" | "visit" | "inspect" | "collect_building" | "other";
            missing: string | null;
            overdue: boolean;
            /** @enum {string} */
            status: "assigned" | "accepted" | "done" | "cancelled";
            target: {
                addressId: string | null;
                caseId: string | null;
                label: string | null;
                organisationId: string | null;
                personId: string | null;
                reportInstanceId: string | null;
            };
            title: string;
            uploadIds: string[];
            worker: {
                id: string;
                name: string;
            };
        };
        FieldTaskPage: {
            items: components["schemas"]["FieldTask"][];
            overdue: number;
            page: number;
            pageSize: number;
            total: number;
        };
        FieldTaskPageInput: {
            items: components["schemas"]["FieldTaskInput"][];
            overdue: number;
            page: number;
            pageSize: number;
            total: number;
        };
        FieldTaskReceipt: {
            instanceId: string;
            /** @enum {string} */
            outcome: "created" | "duplicate" | "new_version";
            task: components["schemas"]["FieldTask"];
        };
        FieldTaskReceiptInput: {
            instanceId: string;
            /** @enum {string} */
            outcome: "created" | "duplicate" | "new_version";
            task: components["schemas"]["FieldTaskInput"];
        };
        FieldTaskWorkers: {
            items: {
                grids: components["schemas"]["CodeName"][];
                id: string;
                name: string;
                openTasks: number;
            }[];
        };
        FieldTaskWorkersInput: {
            items: {
                grids: components["schemas"]["CodeNameInput"][];
                id: string;
                name: string;
                openTasks: number;
            }[];
        };
        FieldviewScope: {
            code: string;
            level: string;
            name: string;
        };
        FieldviewScopeInput: {
            code: string;
            level: string;
            name: string;
        };
        FieldVisit: {
            anomaly: boolean;
            anomalyNote: string | null;
            checklist: {
                [key: string]: string;
            };
            id: string;
            /** @enum {string} */
            mode: "door" | "phone" | "video";
            note: string | null;
            personId: string;
            signoff: components["schemas"]["VisitSignoff"] | null;
            uploadIds: string[];
            version: number;
            /** Format: date-time */
            visitedAt: string;
            workerId: string;
        };
        FieldVisitInput: {
            anomaly: boolean;
            anomalyNote: string | null;
            checklist: {
                [key: string]: string;
            };
            id: string;
            /** @enum {string} */
            mode: "door" | "phone" | "video";
            note: string | null;
            personId: string;
            signoff: components["schemas"]["VisitSignoffInput"] | null;
            uploadIds: string[];
            version: number;
            /** Format: date-time */
            visitedAt: string;
            workerId: string;
        };
        FieldVisitRecord: {
            anomaly: boolean;
            case: {
                id: string;
                status: string;
                title: string;
            } | null;
            /** @enum {string} */
            class: "P0" | "P1" | "P2" | "P3";
            detail: {
                anomalyNote: string | null;
                baseUpdates: {
                    /** Format: date-time */
                    at: string;
                    /** @enum {string} */
                    entity: "residence" | "rental" | "house";
                    id: string;
                    version: number;
                }[];
                checklist: {
                    [key: string]: string;
                };
                note: string | null;
                photoIds: string[];
                point: {
                    accuracyM: number | null;
                    lat: number;
                    lon: number;
                    /** @enum {string} */
                    quality: "good" | "coarse" | "unknown";
                } | null;
            } | null;
            grid: components["schemas"]["CodeName"] | null;
            id: string;
            /** @enum {string} */
            mode: "door" | "phone" | "video";
            person: {
                id: string;
                name: string | null;
            };
            revealable: boolean;
            shown: boolean;
            signoff: {
                /** @enum {string} */
                light: "green" | "yellow" | "red";
                /** Format: date-time */
                redAt: string;
                repliedAt: string | null;
                reply: string | null;
                signedAt: string | null;
                signedBy: string | null;
                /** @enum {string} */
                state: "pending" | "signed" | "replied";
                unit: string;
                /** Format: date-time */
                yellowAt: string;
            } | null;
            tag: ("community_correction" | "released_prisoner" | "severe_mental" | "drug_user" | "key_youth" | "key_petitioner" | "elderly_alone" | "elderly_empty_nest" | "elderly_advanced" | "disabled" | "dibao" | "tekun" | "left_behind_child" | "entitled_group") | null;
            version: number;
            /** @enum {string} */
            view: "own" | "masked" | "revealable" | "full";
            /** Format: date-time */
            visitedAt: string;
            worker: {
                id: string;
                name: string;
            };
        };
        FieldVisitRecordInput: {
            anomaly: boolean;
            case: {
                id: string;
                status: string;
                title: string;
            } | null;
            /** @enum {string} */
            class: "P0" | "P1" | "P2" | "P3";
            detail: {
                anomalyNote: string | null;
                baseUpdates: {
                    /** Format: date-time */
                    at: string;
                    /** @enum {string} */
                    entity: "residence" | "rental" | "house";
                    id: string;
                    version: number;
                }[];
                checklist: {
                    [key: string]: string;
                };
                note: string | null;
                photoIds: string[];
                point: {
                    accuracyM: number | null;
                    lat: number;
                    lon: number;
                    /** @enum {string} */
                    quality: "good" | "coarse" | "unknown";
                } | null;
            } | null;
            grid: components["schemas"]["CodeNameInput"] | null;
            id: string;
            /** @enum {string} */
            mode: "door" | "phone" | "video";
            person: {
                id: string;
                name: string | null;
            };
            revealable: boolean;
            shown: boolean;
            signoff: {
                /** @enum {string} */
                light: "green" | "yellow" | "red";
                /** Format: date-time */
                redAt: string;
                repliedAt: string | null;
                reply: string | null;
                signedAt: string | null;
                signedBy: string | null;
                /** @enum {string} */
                state: "pending" | "signed" | "replied";
                unit: string;
                /** Format: date-time */
                yellowAt: string;
            } | null;
            tag: ("community_correction" | "released_prisoner" | "severe_mental" | "drug_user" | "key_youth" | "key_petitioner" | "elderly_alone" | "elderly_empty_nest" | "elderly_advanced" | "disabled" | "dibao" | "tekun" | "left_behind_child" | "entitled_group") | null;
            version: number;
            /** @enum {string} */
            view: "own" | "masked" | "revealable" | "full";
            /** Format: date-time */
            visitedAt: string;
            worker: {
                id: string;
                name: string;
            };
        };
        FieldWorker: {
            /** Format: date-time */
            from: string;
            grids: components["schemas"]["CodeName"][];
            patrols: {
                checkins: number;
                distanceM: number | null;
                endedAt: string | null;
                grid: components["schemas"]["CodeName"];
                id: string;
                note: string | null;
                /** Format: date-time */
                startedAt: string;
                tracking: boolean;
            }[];
            quickFixes: {
                categoryCode: string | null;
                description: string;
                gridCode: string;
                id: string;
                /** Format: date-time */
                settledAt: string;
            }[];
            tasks: {
                doneAt: string | null;
                /** Format: date-time */
                dueAt: string;
                id: string;
                kind: string;
                overdue: boolean;
                status: string;
                title: string;
            }[];
            visits: {
                anomaly: boolean;
                /** @enum {string} */
                class: "P0" | "P1" | "P2" | "P3";
                id: string;
                /** @enum {string} */
                mode: "door" | "phone" | "video";
                person: {
                    id: string;
                    name: string | null;
                };
                signoff: ("pending" | "yellow" | "red" | "signed" | "replied") | null;
                tag: ("community_correction" | "released_prisoner" | "severe_mental" | "drug_user" | "key_youth" | "key_petitioner" | "elderly_alone" | "elderly_empty_nest" | "elderly_advanced" | "disabled" | "dibao" | "tekun" | "left_behind_child" | "entitled_group") | null;
                /** Format: date-time */
                visitedAt: string;
            }[];
            visitsDue: {
                due: number;
                overdue: number;
                upcoming: number;
            };
            worker: {
                id: string;
                name: string;
                unit: string;
                username: string;
            };
        };
        FieldWorkerInput: {
            /** Format: date-time */
            from: string;
            grids: components["schemas"]["CodeNameInput"][];
            patrols: {
                checkins: number;
                distanceM: number | null;
                endedAt: string | null;
                grid: components["schemas"]["CodeNameInput"];
                id: string;
                note: string | null;
                /** Format: date-time */
                startedAt: string;
                tracking: boolean;
            }[];
            quickFixes: {
                categoryCode: string | null;
                description: string;
                gridCode: string;
                id: string;
                /** Format: date-time */
                settledAt: string;
            }[];
            tasks: {
                doneAt: string | null;
                /** Format: date-time */
                dueAt: string;
                id: string;
                kind: string;
                overdue: boolean;
                status: string;
                title: string;
            }[];
            visits: {
                anomaly: boolean;
                /** @enum {string} */
                class: "P0" | "P1" | "P2" | "P3";
                id: string;
                /** @enum {string} */
                mode: "door" | "phone" | "video";
                person: {
                    id: string;
                    name: string | null;
                };
                signoff: ("pending" | "yellow" | "red" | "signed" | "replied") | null;
                tag: ("community_correction" | "released_prisoner" | "severe_mental" | "drug_user" | "key_youth" | "key_petitioner" | "elderly_alone" | "elderly_empty_nest" | "elderly_advanced" | "disabled" | "dibao" | "tekun" | "left_behind_child" | "entitled_group") | null;
                /** Format: date-time */
                visitedAt: string;
            }[];
            visitsDue: {
                due: number;
                overdue: number;
                upcoming: number;
            };
            worker: {
                id: string;
                name: string;
                unit: string;
                username: string;
            };
        };
        FloorPlan: {
            building: {
                communityCode: string | null;
                fullName: string;
                gridCode: string | null;
                id: string;
                name: string;
            };
            counts: {
                houses: number;
                residents: number;
                rooms: number;
                verified: number;
            };
            units: {
                floors: {
                    id: string | null;
                    level: number | null;
                    name: string | null;
                    rooms: {
                        hiddenResidents: number;
                        house: {
                            dangerous: boolean;
                            id: string;
                            rented: boolean;
                            /** @enum {string} */
                            sourceState: "entered" | "claimed" | "verified";
                            /** Format: date-time */
                            stateAt: string;
                            stateBy: string | null;
                            /** @enum {string} */
                            use: "residence" | "dormitory" | "work_shed" | "office" | "commercial" | "public_service" | "industrial" | "other";
                            version: number;
                        } | null;
                        id: string;
                        name: string;
                        residents: {
                            id: string;
                            name: string | null;
                            populationType: ("registered" | "floating" | "unsettled" | "overseas") | null;
                            /** @enum {string} */
                            sourceState: "entered" | "claimed" | "verified";
                            tags: {
                                class: string;
                                tag: ("community_correction" | "released_prisoner" | "severe_mental" | "drug_user" | "key_youth" | "key_petitioner" | "elderly_alone" | "elderly_empty_nest" | "elderly_advanced" | "disabled" | "dibao" | "tekun" | "left_behind_child" | "entitled_group") | null;
                            }[];
                            version: number;
                        }[];
                    }[];
                }[];
                id: string | null;
                name: string | null;
            }[];
        };
        FloorPlanInput: {
            building: {
                communityCode: string | null;
                fullName: string;
                gridCode: string | null;
                id: string;
                name: string;
            };
            counts: {
                houses: number;
                residents: number;
                rooms: number;
                verified: number;
            };
            units: {
                floors: {
                    id: string | null;
                    level: number | null;
                    name: string | null;
                    rooms: {
                        hiddenResidents: number;
                        house: {
                            dangerous: boolean;
                            id: string;
                            rented: boolean;
                            /** @enum {string} */
                            sourceState: "entered" | "claimed" | "verified";
                            /** Format: date-time */
                            stateAt: string;
                            stateBy: string | null;
                            /** @enum {string} */
                            use: "residence" | "dormitory" | "work_shed" | "office" | "commercial" | "public_service" | "industrial" | "other";
                            version: number;
                        } | null;
                        id: string;
                        name: string;
                        residents: {
                            id: string;
                            name: string | null;
                            populationType: ("registered" | "floating" | "unsettled" | "overseas") | null;
                            /** @enum {string} */
                            sourceState: "entered" | "claimed" | "verified";
                            tags: {
                                class: string;
                                tag: ("community_correction" | "released_prisoner" | "severe_mental" | "drug_user" | "key_youth" | "key_petitioner" | "elderly_alone" | "elderly_empty_nest" | "elderly_advanced" | "disabled" | "dibao" | "tekun" | "left_behind_child" | "entitled_group") | null;
                            }[];
                            version: number;
                        }[];
                    }[];
                }[];
                id: string | null;
                name: string | null;
            }[];
        };
        FloorPlanRoomCreated: {
            addressId: string;
            houseId: string;
            version: number;
        };
        FloorPlanRoomCreatedInput: {
            addressId: string;
            houseId: string;
            version: number;
        };
        GridDetail: {
            /** @description GeoJSON geometry (WGS-84) */
            boundary: unknown;
            code: string;
            community: components["schemas"]["CodeName"] | null;
            households: number;
            name: string;
            street: components["schemas"]["CodeName"] | null;
            workers: components["schemas"]["GridWorker"][];
        };
        GridDetailInput: {
            /** @description GeoJSON geometry (WGS-84) */
            boundary: unknown;
            code: string;
            community: components["schemas"]["CodeNameInput"] | null;
            households: number;
            name: string;
            street: components["schemas"]["CodeNameInput"] | null;
            workers: components["schemas"]["GridWorkerInput"][];
        };
        GridRow: {
            code: string;
            communityCode: string;
            communityName: string;
            households: number;
            name: string;
            workerCount: number;
        };
        GridRowInput: {
            code: string;
            communityCode: string;
            communityName: string;
            households: number;
            name: string;
            workerCount: number;
        };
        GridWorker: {
            id: string;
            name: string;
            phoneMasked: string | null;
            username: string;
        };
        GridWorkerInput: {
            id: string;
            name: string;
            phoneMasked: string | null;
            username: string;
        };
        HousePage: {
            items: components["schemas"]["HouseView"][];
            total: number;
        };
        HousePageInput: {
            items: components["schemas"]["HouseViewInput"][];
            total: number;
        };
        HouseView: {
            address: string;
            addressId: string;
            area: number | null;
            builtYear: number | null;
            communityCode: string;
            dangerous: boolean;
            gridCode: string | null;
            id: string;
            rental: {
                filingNo: string | null;
                /** @enum {string} */
                hazard: "serious" | "general" | "safe";
                id: string;
                lessor: string | null;
                /** @enum {string} */
                managementClass: "A" | "B" | "C";
                occupantActual: number | null;
                occupantLimit: number | null;
                rooms: number | null;
                /** @enum {string} */
                sourceState: "entered" | "claimed" | "verified";
                /** @enum {string} */
                use: "dormitory" | "housing" | "shop" | "warehouse" | "factory" | "other";
                version: number;
            } | null;
            residents: number;
            /** @enum {string} */
            sourceState: "entered" | "claimed" | "verified";
            /** Format: date-time */
            stateAt: string;
            stateBy: string | null;
            streetCode: string;
            /** @enum {string} */
            use: "residence" | "dormitory" | "work_shed" | "office" | "commercial" | "public_service" | "industrial" | "other";
            version: number;
        };
        HouseViewInput: {
            address: string;
            addressId: string;
            area: number | null;
            builtYear: number | null;
            communityCode: string;
            dangerous: boolean;
            gridCode: string | null;
            id: string;
            rental: {
                filingNo: string | null;
                /** @enum {string} */
                hazard: "serious" | "general" | "safe";
                id: string;
                lessor: string | null;
                /** @enum {string} */
                managementClass: "A" | "B" | "C";
                occupantActual: number | null;
                occupantLimit: number | null;
                rooms: number | null;
                /** @enum {string} */
                sourceState: "entered" | "claimed" | "verified";
                /** @enum {string} */
                use: "dormitory" | "housing" | "shop" | "warehouse" | "factory" | "other";
                version: number;
            } | null;
            residents: number;
            /** @enum {string} */
            sourceState: "entered" | "claimed" | "verified";
            /** Format: date-time */
            stateAt: string;
            stateBy: string | null;
            streetCode: string;
            /** @enum {string} */
            use: "residence" | "dormitory" | "work_shed" | "office" | "commercial" | "public_service" | "industrial" | "other";
            version: number;
        };
        IdName: {
            id: string;
            name: string;
        };
        IdNameInput: {
            id: string;
            name: string;
        };
        ImportResult: {
            created: number;
            imported: number;
            updated: number;
        };
        ImportResultInput: {
            created: number;
            imported: number;
            updated: number;
        };
        InboxSummary: {
            dueSoon: number;
            inProgress: number;
            overdue: number;
            toAccept: number;
            toVerify: number;
        };
        InboxSummaryInput: {
            dueSoon: number;
            inProgress: number;
            overdue: number;
            toAccept: number;
            toVerify: number;
        };
        KnowledgeCatalogNode: {
            code: string;
            entries: number;
            id: string;
            nameEn: string;
            nameZh: string;
            parentId: string | null;
        };
        KnowledgeCatalogNodeInput: {
            code: string;
            entries: number;
            id: string;
            nameEn: string;
            nameZh: string;
            parentId: string | null;
        };
        KnowledgeCounts: {
            answers: number;
            helpedOperator: number;
            helpedPublic: number;
            helpedShare: number | null;
            notHelpedOperator: number;
            notHelpedPublic: number;
            prints: number;
            sends: number;
        };
        KnowledgeCountsInput: {
            answers: number;
            helpedOperator: number;
            helpedPublic: number;
            helpedShare: number | null;
            notHelpedOperator: number;
            notHelpedPublic: number;
            prints: number;
            sends: number;
        };
        KnowledgeEntryDetail: {
            canEdit: boolean;
            catalog: {
                code: string;
                id: string;
                nameEn: string;
                nameZh: string;
            };
            categories: {
                code: string;
                nameEn: string;
                nameZh: string;
            }[];
            counts: components["schemas"]["KnowledgeCounts"];
            currentVersion: number;
            demo: boolean;
            id: string;
            /** @enum {string} */
            kind: "policy" | "guide" | "faq";
            ownerUnit: {
                id: string;
                name: string;
            };
            public: boolean;
            /** Format: date */
            reviewDue: string;
            reviewedAt: string | null;
            /** @enum {string} */
            reviewState: "ok" | "due_soon" | "overdue";
            shown: {
                answer: string;
                body: string;
                categoryCodes: string[];
                /** Format: date-time */
                editedAt: string;
                editedBy: string;
                keywords: string[];
                materials: {
                    /** @default 1 */
                    copies: number;
                    issuer?: string;
                    name: string;
                    notes?: string;
                    /** @default true */
                    required: boolean;
                }[];
                note: string | null;
                title: string;
                version: number;
            };
            versions: {
                /** Format: date-time */
                editedAt: string;
                editedBy: string;
                note: string | null;
                version: number;
            }[];
        };
        KnowledgeEntryDetailInput: {
            canEdit: boolean;
            catalog: {
                code: string;
                id: string;
                nameEn: string;
                nameZh: string;
            };
            categories: {
                code: string;
                nameEn: string;
                nameZh: string;
            }[];
            counts: components["schemas"]["KnowledgeCountsInput"];
            currentVersion: number;
            demo: boolean;
            id: string;
            /** @enum {string} */
            kind: "policy" | "guide" | "faq";
            ownerUnit: {
                id: string;
                name: string;
            };
            public: boolean;
            /** Format: date */
            reviewDue: string;
            reviewedAt: unknown | null;
            /** @enum {string} */
            reviewState: "ok" | "due_soon" | "overdue";
            shown: {
                answer: string;
                body: string;
                categoryCodes: string[];
                editedAt: unknown;
                editedBy: string;
                keywords: string[];
                materials: {
                    /** @default 1 */
                    copies: number;
                    issuer?: string;
                    name: string;
                    notes?: string;
                    /** @default true */
                    required: boolean;
                }[];
                note: string | null;
                title: string;
                version: number;
            };
            versions: {
                editedAt: unknown;
                editedBy: string;
                note: string | null;
                version: number;
            }[];
        };
        KnowledgeEntrySummary: {
            catalogId: string;
            catalogName: string;
            categoryCodes: string[];
            demo: boolean;
            id: string;
            /** @enum {string} */
            kind: "policy" | "guide" | "faq";
            ownerUnit: {
                id: string;
                name: string;
            };
            /** Format: date */
            reviewDue: string;
            /** @enum {string} */
            reviewState: "ok" | "due_soon" | "overdue";
            title: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        KnowledgeEntrySummaryInput: {
            catalogId: string;
            catalogName: string;
            categoryCodes: string[];
            demo: boolean;
            id: string;
            /** @enum {string} */
            kind: "policy" | "guide" | "faq";
            ownerUnit: {
                id: string;
                name: string;
            };
            /** Format: date */
            reviewDue: string;
            /** @enum {string} */
            reviewState: "ok" | "due_soon" | "overdue";
            title: string;
            updatedAt: unknown;
            version: number;
        };
        KnowledgePrintSheet: {
            answer: string;
            demo: boolean;
            id: string;
            materials: {
                /** @default 1 */
                copies: number;
                issuer?: string;
                name: string;
                notes?: string;
                /** @default true */
                required: boolean;
            }[];
            ownerUnitName: string;
            /** Format: date-time */
            printedAt: string;
            publicPath: string;
            title: string;
            version: number;
        };
        KnowledgePrintSheetInput: {
            answer: string;
            demo: boolean;
            id: string;
            materials: {
                /** @default 1 */
                copies: number;
                issuer?: string;
                name: string;
                notes?: string;
                /** @default true */
                required: boolean;
            }[];
            ownerUnitName: string;
            printedAt: unknown;
            publicPath: string;
            title: string;
            version: number;
        };
        KnowledgePublicEntry: {
            answer: string;
            body: string;
            demo: boolean;
            helped: number;
            id: string;
            /** @enum {string} */
            kind: "policy" | "guide" | "faq";
            materials: {
                /** @default 1 */
                copies: number;
                issuer?: string;
                name: string;
                notes?: string;
                /** @default true */
                required: boolean;
            }[];
            notHelped: number;
            ownerUnitName: string;
            title: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        KnowledgePublicEntryInput: {
            answer: string;
            body: string;
            demo: boolean;
            helped: number;
            id: string;
            /** @enum {string} */
            kind: "policy" | "guide" | "faq";
            materials: {
                /** @default 1 */
                copies: number;
                issuer?: string;
                name: string;
                notes?: string;
                /** @default true */
                required: boolean;
            }[];
            notHelped: number;
            ownerUnitName: string;
            title: string;
            updatedAt: unknown;
            version: number;
        };
        KnowledgeSearchHit: {
            catalogName: string;
            id: string;
            /** @enum {string} */
            kind: "policy" | "guide" | "faq";
            materials: number;
            ownerUnitName: string;
            /** @enum {string} */
            reviewState: "ok" | "due_soon" | "overdue";
            score: number;
            snippet: string;
            terms: string[];
            title: string;
            version: number;
        };
        KnowledgeSearchHitInput: {
            catalogName: string;
            id: string;
            /** @enum {string} */
            kind: "policy" | "guide" | "faq";
            materials: number;
            ownerUnitName: string;
            /** @enum {string} */
            reviewState: "ok" | "due_soon" | "overdue";
            score: number;
            snippet: string;
            terms: string[];
            title: string;
            version: number;
        };
        LateItem: {
            /** Format: date-time */
            assignedAt: string;
            assignmentId: string;
            assignmentStatus: components["schemas"]["AssignmentStatus"];
            case: {
                address: string | null;
                category: components["schemas"]["CategoryRef"] | null;
                id: string;
                /** @enum {string} */
                status: "registered" | "dispatched" | "in_progress" | "reported" | "closed" | "returned" | "arbitration" | "suspended" | "void" | "merged";
                title: string;
                /** @enum {string} */
                urgency: "emergency" | "urgent" | "ordinary" | "complex";
            };
            notices: number;
            resolveDueAt: string | null;
            role: components["schemas"]["AssignmentRole"];
            unit: components["schemas"]["IdName"];
        };
        LateItemInput: {
            assignedAt: unknown;
            assignmentId: string;
            assignmentStatus: components["schemas"]["AssignmentStatusInput"];
            case: {
                address: string | null;
                category: components["schemas"]["CategoryRefInput"] | null;
                id: string;
                /** @enum {string} */
                status: "registered" | "dispatched" | "in_progress" | "reported" | "closed" | "returned" | "arbitration" | "suspended" | "void" | "merged";
                title: string;
                /** @enum {string} */
                urgency: "emergency" | "urgent" | "ordinary" | "complex";
            };
            notices: number;
            resolveDueAt: unknown | null;
            role: components["schemas"]["AssignmentRoleInput"];
            unit: components["schemas"]["IdNameInput"];
        };
        LateOverview: {
            byCategory: {
                category: components["schemas"]["CategoryRef"] | null;
                dueSoon: number;
                overdue: number;
            }[];
            byStreet: {
                dueSoon: number;
                overdue: number;
                street: components["schemas"]["CodeName"] | null;
            }[];
            byUnit: {
                dueSoon: number;
                overdue: number;
                unit: components["schemas"]["UnitRef"];
            }[];
            /** @enum {string} */
            level: "city" | "district" | "street" | "community";
            totals: {
                dueSoon: number;
                dueSoonCases: number;
                overdue: number;
                overdueCases: number;
            };
        };
        LateOverviewInput: {
            byCategory: {
                category: components["schemas"]["CategoryRefInput"] | null;
                dueSoon: number;
                overdue: number;
            }[];
            byStreet: {
                dueSoon: number;
                overdue: number;
                street: components["schemas"]["CodeNameInput"] | null;
            }[];
            byUnit: {
                dueSoon: number;
                overdue: number;
                unit: components["schemas"]["UnitRefInput"];
            }[];
            /** @enum {string} */
            level: "city" | "district" | "street" | "community";
            totals: {
                dueSoon: number;
                dueSoonCases: number;
                overdue: number;
                overdueCases: number;
            };
        };
        LocateResult: {
            community: components["schemas"]["CodeName"] | null;
            district: components["schemas"]["CodeName"] | null;
            grid: components["schemas"]["CodeName"] | null;
            point: {
                lat: number;
                lon: number;
            };
            street: components["schemas"]["CodeName"] | null;
        };
        LocateResultInput: {
            community: components["schemas"]["CodeNameInput"] | null;
            district: components["schemas"]["CodeNameInput"] | null;
            grid: components["schemas"]["CodeNameInput"] | null;
            point: {
                lat: number;
                lon: number;
            };
            street: components["schemas"]["CodeNameInput"] | null;
        };
        Location: {
            community: components["schemas"]["CodeName"] | null;
            district: components["schemas"]["CodeName"] | null;
            grid: components["schemas"]["CodeName"] | null;
            street: components["schemas"]["CodeName"] | null;
        };
        LocationInput: {
            community: components["schemas"]["CodeNameInput"] | null;
            district: components["schemas"]["CodeNameInput"] | null;
            grid: components["schemas"]["CodeNameInput"] | null;
            street: components["schemas"]["CodeNameInput"] | null;
        };
        MapFeature: {
            /** @description GeoJSON geometry (WGS-84) */
            geometry: unknown;
            id: string;
            properties: {
                code: string;
                households?: number;
                /** @enum {string} */
                kind: "region" | "grid";
                /** @enum {string} */
                level?: "city" | "district" | "street" | "community";
                name: string;
            };
            /** @constant */
            type: "Feature";
        };
        MapFeatureInput: {
            /** @description GeoJSON geometry (WGS-84) */
            geometry: unknown;
            id: string;
            properties: {
                code: string;
                households?: number;
                /** @enum {string} */
                kind: "region" | "grid";
                /** @enum {string} */
                level?: "city" | "district" | "street" | "community";
                name: string;
            };
            /** @constant */
            type: "Feature";
        };
        MapTiles: {
            tiles: {
                attribution: string;
                maxZoom: number;
                subdomains: string[];
                urls: string[];
            } | null;
        };
        MapTilesInput: {
            tiles: {
                attribution: string;
                maxZoom: number;
                subdomains: string[];
                urls: string[];
            } | null;
        };
        MediationAgreement: {
            /** Format: date-time */
            effectiveAt: string;
            facts: string | null;
            /** @enum {string} */
            kind: "written" | "oral";
            performanceManner: string | null;
            performBy: string | null;
            signedPartyIds: string[];
            terms: string[];
        };
        MediationAgreementInput: {
            /** Format: date-time */
            effectiveAt: string;
            facts: string | null;
            /** @enum {string} */
            kind: "written" | "oral";
            performanceManner: string | null;
            performBy: string | null;
            signedPartyIds: string[];
            terms: string[];
        };
        MediationFileDetail: {
            actions: ("screen_accept" | "screen_refer" | "give_notice" | "assign" | "recuse" | "hold_session" | "agree_written" | "agree_oral" | "terminate" | "follow_up" | "court_application")[];
            agreement: components["schemas"]["MediationAgreement"] | null;
            candidates: components["schemas"]["IdName"][];
            caseId: string | null;
            committee: components["schemas"]["IdName"];
            courtAppliedOn: string | null;
            courtConfirmBy: string | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: components["schemas"]["IdName"];
            /** @enum {string} */
            disputeType: "marriage_family" | "neighbour" | "property_land" | "contract" | "damages" | "labour" | "property_service" | "traffic" | "medical" | "other";
            documents: {
                /** Format: date-time */
                at: string;
                /** @enum {string} */
                document: "application" | "referral" | "notice" | "session_record" | "agreement" | "oral_agreement" | "termination" | "follow_up" | "court_application";
                eventId: string;
                no: number;
            }[];
            events: {
                action: string;
                actor: components["schemas"]["IdName"] | null;
                /** Format: date-time */
                at: string;
                data: {
                    [key: string]: unknown;
                } | null;
                id: string;
            }[];
            fileNo: string;
            followedUpAt: string | null;
            id: string;
            mediator: components["schemas"]["IdName"] | null;
            noticeGivenAt: string | null;
            otherRoutes: ("arbitration" | "litigation" | "petition" | "administrative" | "police")[];
            parties: components["schemas"]["MediationParty"][];
            performance: ("performed" | "partly" | "not_performed") | null;
            place: {
                communityCode: string | null;
                gridCode: string | null;
                name: string;
                streetCode: string;
            };
            referredReason: string | null;
            referredTo: ("arbitration" | "litigation" | "petition" | "administrative" | "police") | null;
            request: string | null;
            seq: number;
            sessions: {
                /** Format: date-time */
                heldAt: string;
                id: string;
                mediators: components["schemas"]["IdName"][];
                place: string | null;
                record: string;
            }[];
            /** @enum {string} */
            source: "case" | "patrol" | "walk_in" | "referral";
            /** @enum {string} */
            standing: "committee" | "overseer" | "informant";
            /** @enum {string} */
            status: "received" | "referred" | "assigned" | "mediating" | "agreed" | "terminated" | "closed";
            summary: string;
            terminatedReason: string | null;
            year: number;
        };
        MediationFileDetailInput: {
            actions: ("screen_accept" | "screen_refer" | "give_notice" | "assign" | "recuse" | "hold_session" | "agree_written" | "agree_oral" | "terminate" | "follow_up" | "court_application")[];
            agreement: components["schemas"]["MediationAgreementInput"] | null;
            candidates: components["schemas"]["IdNameInput"][];
            caseId: string | null;
            committee: components["schemas"]["IdNameInput"];
            courtAppliedOn: string | null;
            courtConfirmBy: string | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: components["schemas"]["IdNameInput"];
            /** @enum {string} */
            disputeType: "marriage_family" | "neighbour" | "property_land" | "contract" | "damages" | "labour" | "property_service" | "traffic" | "medical" | "other";
            documents: {
                /** Format: date-time */
                at: string;
                /** @enum {string} */
                document: "application" | "referral" | "notice" | "session_record" | "agreement" | "oral_agreement" | "termination" | "follow_up" | "court_application";
                eventId: string;
                no: number;
            }[];
            events: {
                action: string;
                actor: components["schemas"]["IdNameInput"] | null;
                /** Format: date-time */
                at: string;
                data: {
                    [key: string]: unknown;
                } | null;
                id: string;
            }[];
            fileNo: string;
            followedUpAt: string | null;
            id: string;
            mediator: components["schemas"]["IdNameInput"] | null;
            noticeGivenAt: string | null;
            otherRoutes: ("arbitration" | "litigation" | "petition" | "administrative" | "police")[];
            parties: components["schemas"]["MediationPartyInput"][];
            performance: ("performed" | "partly" | "not_performed") | null;
            place: {
                communityCode: string | null;
                gridCode: string | null;
                name: string;
                streetCode: string;
            };
            referredReason: string | null;
            referredTo: ("arbitration" | "litigation" | "petition" | "administrative" | "police") | null;
            request: string | null;
            seq: number;
            sessions: {
                /** Format: date-time */
                heldAt: string;
                id: string;
                mediators: components["schemas"]["IdNameInput"][];
                place: string | null;
                record: string;
            }[];
            /** @enum {string} */
            source: "case" | "patrol" | "walk_in" | "referral";
            /** @enum {string} */
            standing: "committee" | "overseer" | "informant";
            /** @enum {string} */
            status: "received" | "referred" | "assigned" | "mediating" | "agreed" | "terminated" | "closed";
            summary: string;
            terminatedReason: string | null;
            year: number;
        };
        MediationFileItem: {
            committee: components["schemas"]["IdName"];
            courtAppliedOn: string | null;
            courtConfirmBy: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @enum {string} */
            disputeType: "marriage_family" | "neighbour" | "property_land" | "contract" | "damages" | "labour" | "property_service" | "traffic" | "medical" | "other";
            fileNo: string;
            id: string;
            mediator: components["schemas"]["IdName"] | null;
            parties: {
                name: string;
                /** @enum {string} */
                role: "applicant" | "respondent" | "third_party";
            }[];
            /** @enum {string} */
            source: "case" | "patrol" | "walk_in" | "referral";
            /** @enum {string} */
            status: "received" | "referred" | "assigned" | "mediating" | "agreed" | "terminated" | "closed";
            summary: string;
        };
        MediationFileItemInput: {
            committee: components["schemas"]["IdNameInput"];
            courtAppliedOn: string | null;
            courtConfirmBy: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @enum {string} */
            disputeType: "marriage_family" | "neighbour" | "property_land" | "contract" | "damages" | "labour" | "property_service" | "traffic" | "medical" | "other";
            fileNo: string;
            id: string;
            mediator: components["schemas"]["IdNameInput"] | null;
            parties: {
                name: string;
                /** @enum {string} */
                role: "applicant" | "respondent" | "third_party";
            }[];
            /** @enum {string} */
            source: "case" | "patrol" | "walk_in" | "referral";
            /** @enum {string} */
            status: "received" | "referred" | "assigned" | "mediating" | "agreed" | "terminated" | "closed";
            summary: string;
        };
        MediationFilePage: {
            items: components["schemas"]["MediationFileItem"][];
            total: number;
        };
        MediationFilePageInput: {
            items: components["schemas"]["MediationFileItemInput"][];
            total: number;
        };
        MediationParty: {
            address: string | null;
            fromBase: boolean;
            id: string;
            idNumber: string | null;
            /** @enum {string} */
            idNumberView: "hidden" | "masked" | "revealable" | "full";
            name: string | null;
            /** @enum {string} */
            nameView: "hidden" | "masked" | "revealable" | "full";
            personId: string | null;
            phone: string | null;
            /** @enum {string} */
            phoneView: "hidden" | "masked" | "revealable" | "full";
            /** @enum {string} */
            role: "applicant" | "respondent" | "third_party";
        };
        MediationPartyInput: {
            address: string | null;
            fromBase: boolean;
            id: string;
            idNumber: string | null;
            /** @enum {string} */
            idNumberView: "hidden" | "masked" | "revealable" | "full";
            name: string | null;
            /** @enum {string} */
            nameView: "hidden" | "masked" | "revealable" | "full";
            personId: string | null;
            phone: string | null;
            /** @enum {string} */
            phoneView: "hidden" | "masked" | "revealable" | "full";
            /** @enum {string} */
            role: "applicant" | "respondent" | "third_party";
        };
        MediationPrint: {
            agreement: components["schemas"]["MediationAgreement"] | null;
            committee: string;
            /** @enum {string} */
            disputeType: "marriage_family" | "neighbour" | "property_land" | "contract" | "damages" | "labour" | "property_service" | "traffic" | "medical" | "other";
            /** @enum {string} */
            doc: "agreement" | "notice";
            fileNo: string;
            mediator: string | null;
            noticeGivenAt: string | null;
            parties: {
                address: string | null;
                name: string;
                /** @enum {string} */
                role: "applicant" | "respondent" | "third_party";
            }[];
            /** Format: date-time */
            printedAt: string;
            request: string | null;
            summary: string;
        };
        MediationPrintInput: {
            agreement: components["schemas"]["MediationAgreementInput"] | null;
            committee: string;
            /** @enum {string} */
            disputeType: "marriage_family" | "neighbour" | "property_land" | "contract" | "damages" | "labour" | "property_service" | "traffic" | "medical" | "other";
            /** @enum {string} */
            doc: "agreement" | "notice";
            fileNo: string;
            mediator: string | null;
            noticeGivenAt: string | null;
            parties: {
                address: string | null;
                name: string;
                /** @enum {string} */
                role: "applicant" | "respondent" | "third_party";
            }[];
            /** Format: date-time */
            printedAt: string;
            request: string | null;
            summary: string;
        };
        MediationReveal: {
            /** @enum {string} */
            field: "phone" | "idNumber";
            partyId: string;
            value: string | null;
        };
        MediationRevealInput: {
            /** @enum {string} */
            field: "phone" | "idNumber";
            partyId: string;
            value: string | null;
        };
        MediationStats: {
            agreementRate: number | null;
            courtDue: number;
            from: string | null;
            oral: number;
            region: {
                code: string;
                name: string;
            };
            rows: {
                agreed: number;
                /** @enum {string} */
                disputeType: "marriage_family" | "neighbour" | "property_land" | "contract" | "damages" | "labour" | "property_service" | "traffic" | "medical" | "other";
                ongoing: number;
                referred: number;
                terminated: number;
                total: number;
            }[];
            to: string | null;
            totals: {
                agreed: number;
                ongoing: number;
                referred: number;
                terminated: number;
                total: number;
            };
            written: number;
        };
        MediationStatsInput: {
            agreementRate: number | null;
            courtDue: number;
            from: string | null;
            oral: number;
            region: {
                code: string;
                name: string;
            };
            rows: {
                agreed: number;
                /** @enum {string} */
                disputeType: "marriage_family" | "neighbour" | "property_land" | "contract" | "damages" | "labour" | "property_service" | "traffic" | "medical" | "other";
                ongoing: number;
                referred: number;
                terminated: number;
                total: number;
            }[];
            to: string | null;
            totals: {
                agreed: number;
                ongoing: number;
                referred: number;
                terminated: number;
                total: number;
            };
            written: number;
        };
        NewFieldTask: {
            /** Format: uuid */
            addressId?: string;
            caseId?: string;
            detail?: string | null;
            /** Format: date-time */
            dueAt: string;
            gridCode?: string;
            /** @enum {string} */
            kind: "verify_case" | "collect_report" | "visit" | "inspect" | "collect_building" | "other";
            missing?: string;
            /** Format: uuid */
            organisationId?: string;
            /** Format: uuid */
            personId?: string;
            /** Format: uuid */
            reportInstanceId?: string;
            title: string;
            /** Format: uuid */
            workerId: string;
        };
        NewFieldTaskInput: {
            /** Format: uuid */
            addressId?: string;
            caseId?: string;
            detail?: string | null;
            /** Format: date-time */
            dueAt: string;
            gridCode?: string;
            /** @enum {string} */
            kind: "verify_case" | "collect_report" | "visit" | "inspect" | "collect_building" | "other";
            missing?: string;
            /** Format: uuid */
            organisationId?: string;
            /** Format: uuid */
            personId?: string;
            /** Format: uuid */
            reportInstanceId?: string;
            title: string;
            /** Format: uuid */
            workerId: string;
        };
        NewRoom: {
            name: string;
            /** Format: uuid */
            parentId: string;
            /** @enum {string} */
            use?: "residence" | "dormitory" | "work_shed" | "office" | "commercial" | "public_service" | "industrial" | "other";
        };
        NewRoomInput: {
            name: string;
            /** Format: uuid */
            parentId: string;
            /** @enum {string} */
            use?: "residence" | "dormitory" | "work_shed" | "office" | "commercial" | "public_service" | "industrial" | "other";
        };
        Notice: {
            answer: string | null;
            /** Format: date-time */
            answerDueAt: string;
            answeredAt: string | null;
            assignmentId: string;
            caseId: string;
            caseTitle: string;
            id: string;
            /** Format: date-time */
            issuedAt: string;
            issuedBy: {
                name: string;
                unitId: string;
                unitName: string;
            };
            level: components["schemas"]["NoticeLevel"];
            reason: string;
            state: components["schemas"]["NoticeState"];
            unit: components["schemas"]["IdName"];
        };
        NoticeInput: {
            answer: string | null;
            answerDueAt: unknown;
            answeredAt: unknown | null;
            assignmentId: string;
            caseId: string;
            caseTitle: string;
            id: string;
            issuedAt: unknown;
            issuedBy: {
                name: string;
                unitId: string;
                unitName: string;
            };
            level: components["schemas"]["NoticeLevelInput"];
            reason: string;
            state: components["schemas"]["NoticeStateInput"];
            unit: components["schemas"]["IdNameInput"];
        };
        /** @enum {string} */
        NoticeLevel: "yellow" | "red";
        /** @enum {string} */
        NoticeLevelInput: "yellow" | "red";
        /** @enum {string} */
        NoticeState: "open" | "answered" | "late";
        /** @enum {string} */
        NoticeStateInput: "open" | "answered" | "late";
        Notification: {
            body: string;
            caseId: string | null;
            /** Format: date-time */
            createdAt: string;
            id: string;
            kind: string;
            params: {
                [key: string]: string | number;
            };
            readAt: string | null;
            title: string;
            whistleId?: string;
        };
        NotificationInput: {
            body: string;
            caseId: string | null;
            createdAt: unknown;
            id: string;
            kind: string;
            params: {
                [key: string]: string | number;
            };
            readAt: unknown | null;
            title: string;
            whistleId?: string;
        };
        NotificationPage: {
            items: components["schemas"]["Notification"][];
            total: number;
            unread: number;
        };
        NotificationPageInput: {
            items: components["schemas"]["NotificationInput"][];
            total: number;
            unread: number;
        };
        Open311Created: {
            account_id: string | null;
            service_notice: string;
            service_request_id: string;
            token?: string;
        };
        Open311CreatedInput: {
            account_id: string | null;
            service_notice: string;
            service_request_id: string;
            token?: string;
        };
        Open311Discovery: {
            /** Format: date-time */
            changeset: string;
            contact: string;
            endpoints: {
                /** Format: date-time */
                changeset: string;
                formats: string[];
                specification: string;
                /** @enum {string} */
                type: "production" | "test";
                url: string;
            }[];
            key_service: string;
        };
        Open311DiscoveryInput: {
            /** Format: date-time */
            changeset: string;
            contact: string;
            endpoints: {
                /** Format: date-time */
                changeset: string;
                formats: string[];
                specification: string;
                /** @enum {string} */
                type: "production" | "test";
                url: string;
            }[];
            key_service: string;
        };
        Open311Errors: {
            code: number;
            description: string;
        }[];
        Open311ErrorsInput: {
            code: number;
            description: string;
        }[];
        Open311Request: {
            address: string | null;
            address_id: string | null;
            agency_responsible: string | null;
            description: string | null;
            expected_datetime: string | null;
            extended_attributes?: {
                [key: string]: unknown;
            };
            lat: number | null;
            long: number | null;
            media_url: string | null;
            requested_datetime: string | null;
            service_code: string | null;
            service_name: string | null;
            service_notice: string | null;
            service_request_id: string;
            /** @enum {string} */
            status: "open" | "closed";
            status_notes: string | null;
            updated_datetime: string | null;
            zipcode: string | null;
        };
        Open311RequestInput: {
            address: string | null;
            address_id: string | null;
            agency_responsible: string | null;
            description: string | null;
            expected_datetime: string | null;
            extended_attributes?: {
                [key: string]: unknown;
            };
            lat: number | null;
            long: number | null;
            media_url: string | null;
            requested_datetime: string | null;
            service_code: string | null;
            service_name: string | null;
            service_notice: string | null;
            service_request_id: string;
            /** @enum {string} */
            status: "open" | "closed";
            status_notes: string | null;
            updated_datetime: string | null;
            zipcode: string | null;
        };
        Open311Service: {
            description: string;
            group: string | null;
            keywords: string;
            metadata: boolean;
            service_code: string;
            service_name: string;
            /** @constant */
            type: "realtime";
        };
        Open311ServiceDefinition: {
            attributes: {
                code: string;
                datatype: string;
                datatype_description: string | null;
                description: string;
                order: number;
                required: boolean;
                values?: {
                    key: string;
                    name: string;
                }[];
                variable: boolean;
            }[];
            service_code: string;
        };
        Open311ServiceDefinitionInput: {
            attributes: {
                code: string;
                datatype: string;
                datatype_description: string | null;
                description: string;
                order: number;
                required: boolean;
                values?: {
                    key: string;
                    name: string;
                }[];
                variable: boolean;
            }[];
            service_code: string;
        };
        Open311ServiceInput: {
            description: string;
            group: string | null;
            keywords: string;
            metadata: boolean;
            service_code: string;
            service_name: string;
            /** @constant */
            type: "realtime";
        };
        Open311Token: {
            service_request_id: string | null;
            token: string;
        };
        Open311TokenInput: {
            service_request_id: string | null;
            token: string;
        };
        OpinionAlert: {
            /** @enum {string} */
            clock: "open" | "overdue" | "responded" | "responded_late";
            /** Format: date-time */
            dueAt: string;
            heat: number;
            hours: number;
            id: string;
            item: components["schemas"]["OpinionItem"];
            /** @enum {string} */
            level: "major" | "general";
            overdueNotifiedAt: string | null;
            /** Format: date-time */
            raisedAt: string;
            respondedAt: string | null;
            response: string | null;
        };
        OpinionAlertInput: {
            /** @enum {string} */
            clock: "open" | "overdue" | "responded" | "responded_late";
            dueAt: unknown;
            heat: number;
            hours: number;
            id: string;
            item: components["schemas"]["OpinionItemInput"];
            /** @enum {string} */
            level: "major" | "general";
            overdueNotifiedAt: unknown | null;
            raisedAt: unknown;
            respondedAt: unknown | null;
            response: string | null;
        };
        OpinionItem: {
            caseId: string | null;
            cluster: {
                /** @enum {string} */
                by: "auto" | "operator";
                description: string | null;
                id: string | null;
            } | null;
            comments: number;
            heat: number;
            id: string;
            /** Format: date-time */
            importedAt: string;
            likes: number;
            /** Format: date-time */
            publishedAt: string;
            ref: string;
            region: string | null;
            reposts: number;
            /** @enum {string} */
            sentiment: "negative" | "neutral" | "positive";
            source: string;
            text: string;
            title: string;
            url: string | null;
        };
        OpinionItemInput: {
            caseId: string | null;
            cluster: {
                /** @enum {string} */
                by: "auto" | "operator";
                description: string | null;
                id: string | null;
            } | null;
            comments: number;
            heat: number;
            id: string;
            importedAt: unknown;
            likes: number;
            publishedAt: unknown;
            ref: string;
            region: string | null;
            reposts: number;
            /** @enum {string} */
            sentiment: "negative" | "neutral" | "positive";
            source: string;
            text: string;
            title: string;
            url: string | null;
        };
        OrganisationPage: {
            items: components["schemas"]["OrganisationView"][];
            total: number;
        };
        OrganisationPageInput: {
            items: components["schemas"]["OrganisationViewInput"][];
            total: number;
        };
        OrganisationView: {
            addressId: string | null;
            addressText: string | null;
            communityCode: string | null;
            creditCode: string | null;
            employeeCount: number | null;
            employees?: {
                name: string | null;
                personId: string;
                position: string | null;
            }[];
            gridCode: string | null;
            hazards?: {
                description: string;
                /** Format: date */
                foundOn: string;
                id: string;
                /** @enum {string} */
                level: "serious" | "general";
                rectification: string | null;
                rectifiedOn: string | null;
                rectifyBy: string | null;
            }[];
            id: string;
            keyFire: boolean;
            keyPublicOrder: boolean;
            keyWorkSafety: boolean;
            /** @enum {string} */
            kind: "unit" | "place";
            legalRep: {
                id: string;
                name: string | null;
            } | null;
            name: string;
            openHazards: number;
            /** @enum {string} */
            sourceState: "entered" | "claimed" | "verified";
            /** Format: date-time */
            stateAt: string;
            stateBy: string | null;
            streetCode: string;
            typeCode: string;
            version: number;
        };
        OrganisationViewInput: {
            addressId: string | null;
            addressText: string | null;
            communityCode: string | null;
            creditCode: string | null;
            employeeCount: number | null;
            employees?: {
                name: string | null;
                personId: string;
                position: string | null;
            }[];
            gridCode: string | null;
            hazards?: {
                description: string;
                /** Format: date */
                foundOn: string;
                id: string;
                /** @enum {string} */
                level: "serious" | "general";
                rectification: string | null;
                rectifiedOn: string | null;
                rectifyBy: string | null;
            }[];
            id: string;
            keyFire: boolean;
            keyPublicOrder: boolean;
            keyWorkSafety: boolean;
            /** @enum {string} */
            kind: "unit" | "place";
            legalRep: {
                id: string;
                name: string | null;
            } | null;
            name: string;
            openHazards: number;
            /** @enum {string} */
            sourceState: "entered" | "claimed" | "verified";
            /** Format: date-time */
            stateAt: string;
            stateBy: string | null;
            streetCode: string;
            typeCode: string;
            version: number;
        };
        /** @enum {string} */
        Outcome: "hit" | "miss";
        /** @enum {string} */
        OutcomeInput: "hit" | "miss";
        Patrol: {
            checkinCount: number;
            distanceM: number | null;
            endedAt: string | null;
            grid: components["schemas"]["CodeName"];
            id: string;
            note: string | null;
            pointCount: number;
            /** Format: date-time */
            startedAt: string;
            tracking: boolean;
            version: number;
            worker: {
                id: string;
                name: string;
            };
        };
        PatrolInput: {
            checkinCount: number;
            distanceM: number | null;
            endedAt: string | null;
            grid: components["schemas"]["CodeNameInput"];
            id: string;
            note: string | null;
            pointCount: number;
            /** Format: date-time */
            startedAt: string;
            tracking: boolean;
            version: number;
            worker: {
                id: string;
                name: string;
            };
        };
        PatrolPage: {
            items: components["schemas"]["Patrol"][];
            page: number;
            pageSize: number;
            total: number;
        };
        PatrolPageInput: {
            items: components["schemas"]["PatrolInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        PatrolReceipt: {
            instanceId: string;
            outcome: components["schemas"]["SubmissionOutcome"];
            patrol: components["schemas"]["Patrol"];
        };
        PatrolReceiptInput: {
            instanceId: string;
            outcome: components["schemas"]["SubmissionOutcomeInput"];
            patrol: components["schemas"]["PatrolInput"];
        };
        PatrolSubmission: {
            /** @default [] */
            checkins: {
                accuracyM?: number | null;
                addressId?: string | null;
                /** Format: date-time */
                at: string;
                lat?: number | null;
                lon?: number | null;
                note?: string | null;
                organisationId?: string | null;
            }[];
            deviceAt?: string | null;
            endedAt?: string | null;
            gridCode: string;
            instanceId: string;
            note?: string | null;
            /** @default [] */
            points: {
                accuracyM: number | null;
                /** Format: date-time */
                at: string;
                lat: number;
                lon: number;
            }[];
            reason?: string | null;
            replaces?: string | null;
            /** Format: date-time */
            startedAt: string;
            tracking: boolean;
        };
        PatrolSubmissionInput: {
            /** @default [] */
            checkins: {
                accuracyM?: number | null;
                addressId?: string | null;
                /** Format: date-time */
                at: string;
                lat?: number | null;
                lon?: number | null;
                note?: string | null;
                organisationId?: string | null;
            }[];
            deviceAt?: string | null;
            endedAt?: string | null;
            gridCode: string;
            instanceId: string;
            note?: string | null;
            /** @default [] */
            points: {
                accuracyM: number | null;
                /** Format: date-time */
                at: string;
                lat: number;
                lon: number;
            }[];
            reason?: string | null;
            replaces?: string | null;
            /** Format: date-time */
            startedAt: string;
            tracking: boolean;
        };
        PatrolTrack: {
            accuracyThresholdM: number;
            checkins: {
                accuracyM: number | null;
                addressId: string | null;
                /** Format: date-time */
                at: string;
                lat: number | null;
                lon: number | null;
                note: string | null;
                organisationId: string | null;
            }[];
            keepDays: number;
            patrolId: string;
            points: {
                accuracyM: number | null;
                /** Format: date-time */
                at: string;
                lat: number;
                lon: number;
                /** @enum {string} */
                quality: "good" | "coarse" | "unknown";
            }[];
        };
        PatrolTrackInput: {
            accuracyThresholdM: number;
            checkins: {
                accuracyM: number | null;
                addressId: string | null;
                /** Format: date-time */
                at: string;
                lat: number | null;
                lon: number | null;
                note: string | null;
                organisationId: string | null;
            }[];
            keepDays: number;
            patrolId: string;
            points: {
                accuracyM: number | null;
                /** Format: date-time */
                at: string;
                lat: number;
                lon: number;
                /** @enum {string} */
                quality: "good" | "coarse" | "unknown";
            }[];
        };
        Period: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
        };
        PeriodInput: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
        };
        PersonDetail: {
            age: number | null;
            birthDate: string | null;
            communityCode: string | null;
            communityName: string | null;
            deceased: boolean;
            employments: {
                organisation: components["schemas"]["IdName"];
                position: string | null;
                since: string | null;
            }[];
            ethnicity: string | null;
            gender: ("male" | "female") | null;
            gridCode: string | null;
            hukouAddress: string | null;
            id: string;
            idNumber: string | null;
            idType: string;
            mayWrite: boolean;
            name: string | null;
            phone: string | null;
            residences: components["schemas"]["ResidenceView"][];
            /** @enum {string} */
            sourceState: "entered" | "claimed" | "verified";
            /** Format: date-time */
            stateAt: string;
            stateBy: string | null;
            streetCode: string | null;
            tags: components["schemas"]["PersonTagView"][];
            version: number;
            views: {
                [key: string]: components["schemas"]["BaseFieldView"];
            };
        };
        PersonDetailInput: {
            age: number | null;
            birthDate: string | null;
            communityCode: string | null;
            communityName: string | null;
            deceased: boolean;
            employments: {
                organisation: components["schemas"]["IdNameInput"];
                position: string | null;
                since: string | null;
            }[];
            ethnicity: string | null;
            gender: ("male" | "female") | null;
            gridCode: string | null;
            hukouAddress: string | null;
            id: string;
            idNumber: string | null;
            idType: string;
            mayWrite: boolean;
            name: string | null;
            phone: string | null;
            residences: components["schemas"]["ResidenceViewInput"][];
            /** @enum {string} */
            sourceState: "entered" | "claimed" | "verified";
            /** Format: date-time */
            stateAt: string;
            stateBy: string | null;
            streetCode: string | null;
            tags: components["schemas"]["PersonTagViewInput"][];
            version: number;
            views: {
                [key: string]: components["schemas"]["BaseFieldViewInput"];
            };
        };
        PersonImportResult: {
            created: number;
            matched: number;
            rows: number;
            tags?: number;
        };
        PersonImportResultInput: {
            created: number;
            matched: number;
            rows: number;
            tags?: number;
        };
        PersonPage: {
            items: components["schemas"]["PersonRow"][];
            total: number;
        };
        PersonPageInput: {
            items: components["schemas"]["PersonRowInput"][];
            total: number;
        };
        PersonRevealed: {
            idNumber?: string | null;
            name?: string | null;
            phone?: string | null;
            tags?: {
                assignedUser: components["schemas"]["IdName"] | null;
                /** @enum {string} */
                class: "P0" | "P1" | "P2" | "P3";
                details: {
                    [key: string]: unknown;
                };
                endedOn: string | null;
                id: string;
                level: string | null;
                responsibleUnit: components["schemas"]["IdName"] | null;
                /** @enum {string} */
                sourceState: "entered" | "claimed" | "verified";
                startedOn: string | null;
                tag: ("community_correction" | "released_prisoner" | "severe_mental" | "drug_user" | "key_youth" | "key_petitioner" | "elderly_alone" | "elderly_empty_nest" | "elderly_advanced" | "disabled" | "dibao" | "tekun" | "left_behind_child" | "entitled_group") | null;
                version: number;
                view: components["schemas"]["BaseFieldView"];
            }[];
        };
        PersonRevealedInput: {
            idNumber?: string | null;
            name?: string | null;
            phone?: string | null;
            tags?: {
                assignedUser: components["schemas"]["IdNameInput"] | null;
                /** @enum {string} */
                class: "P0" | "P1" | "P2" | "P3";
                details: {
                    [key: string]: unknown;
                };
                endedOn: string | null;
                id: string;
                level: string | null;
                responsibleUnit: components["schemas"]["IdNameInput"] | null;
                /** @enum {string} */
                sourceState: "entered" | "claimed" | "verified";
                startedOn: string | null;
                tag: ("community_correction" | "released_prisoner" | "severe_mental" | "drug_user" | "key_youth" | "key_petitioner" | "elderly_alone" | "elderly_empty_nest" | "elderly_advanced" | "disabled" | "dibao" | "tekun" | "left_behind_child" | "entitled_group") | null;
                version: number;
                view: components["schemas"]["BaseFieldViewInput"];
            }[];
        };
        PersonRow: {
            age: number | null;
            communityCode: string | null;
            communityName: string | null;
            gender: ("male" | "female") | null;
            gridCode: string | null;
            gridName: string | null;
            id: string;
            idNumber: string | null;
            name: string | null;
            phone: string | null;
            populationType: ("registered" | "floating" | "unsettled" | "overseas") | null;
            /** @enum {string} */
            sourceState: "entered" | "claimed" | "verified";
            streetCode: string | null;
            tags: {
                /** @enum {string} */
                class: "P0" | "P1" | "P2" | "P3";
                tag: ("community_correction" | "released_prisoner" | "severe_mental" | "drug_user" | "key_youth" | "key_petitioner" | "elderly_alone" | "elderly_empty_nest" | "elderly_advanced" | "disabled" | "dibao" | "tekun" | "left_behind_child" | "entitled_group") | null;
            }[];
            version: number;
        };
        PersonRowInput: {
            age: number | null;
            communityCode: string | null;
            communityName: string | null;
            gender: ("male" | "female") | null;
            gridCode: string | null;
            gridName: string | null;
            id: string;
            idNumber: string | null;
            name: string | null;
            phone: string | null;
            populationType: ("registered" | "floating" | "unsettled" | "overseas") | null;
            /** @enum {string} */
            sourceState: "entered" | "claimed" | "verified";
            streetCode: string | null;
            tags: {
                /** @enum {string} */
                class: "P0" | "P1" | "P2" | "P3";
                tag: ("community_correction" | "released_prisoner" | "severe_mental" | "drug_user" | "key_youth" | "key_petitioner" | "elderly_alone" | "elderly_empty_nest" | "elderly_advanced" | "disabled" | "dibao" | "tekun" | "left_behind_child" | "entitled_group") | null;
            }[];
            version: number;
        };
        PersonTagView: {
            assignedUser: components["schemas"]["IdName"] | null;
            /** @enum {string} */
            class: "P0" | "P1" | "P2" | "P3";
            endedOn: string | null;
            id: string;
            level: string | null;
            responsibleUnit: components["schemas"]["IdName"] | null;
            /** @enum {string} */
            sourceState: "entered" | "claimed" | "verified";
            startedOn: string | null;
            tag: ("community_correction" | "released_prisoner" | "severe_mental" | "drug_user" | "key_youth" | "key_petitioner" | "elderly_alone" | "elderly_empty_nest" | "elderly_advanced" | "disabled" | "dibao" | "tekun" | "left_behind_child" | "entitled_group") | null;
            version: number;
            view: components["schemas"]["BaseFieldView"];
        };
        PersonTagViewInput: {
            assignedUser: components["schemas"]["IdNameInput"] | null;
            /** @enum {string} */
            class: "P0" | "P1" | "P2" | "P3";
            endedOn: string | null;
            id: string;
            level: string | null;
            responsibleUnit: components["schemas"]["IdNameInput"] | null;
            /** @enum {string} */
            sourceState: "entered" | "claimed" | "verified";
            startedOn: string | null;
            tag: ("community_correction" | "released_prisoner" | "severe_mental" | "drug_user" | "key_youth" | "key_petitioner" | "elderly_alone" | "elderly_empty_nest" | "elderly_advanced" | "disabled" | "dibao" | "tekun" | "left_behind_child" | "entitled_group") | null;
            version: number;
            view: components["schemas"]["BaseFieldViewInput"];
        };
        PlaceFacts: {
            households: components["schemas"]["BaseTaggedHousehold"][];
            keyUnits: components["schemas"]["BaseKeyUnit"][];
            place: {
                buildingId: string;
                distanceM: number;
                /** @enum {string} */
                matchedBy: "address" | "point";
                name: string;
            } | null;
            rentals: {
                total: number;
                withHazard: {
                    address: string | null;
                    /** @enum {string} */
                    hazard: "serious" | "general" | "safe";
                    occupantActual: number | null;
                    occupantLimit: number | null;
                    /** @enum {string} */
                    use: "dormitory" | "housing" | "shop" | "warehouse" | "factory" | "other";
                }[];
            } | null;
        };
        PlaceFactsInput: {
            households: components["schemas"]["BaseTaggedHouseholdInput"][];
            keyUnits: components["schemas"]["BaseKeyUnitInput"][];
            place: {
                buildingId: string;
                distanceM: number;
                /** @enum {string} */
                matchedBy: "address" | "point";
                name: string;
            } | null;
            rentals: {
                total: number;
                withHazard: {
                    address: string | null;
                    /** @enum {string} */
                    hazard: "serious" | "general" | "safe";
                    occupantActual: number | null;
                    occupantLimit: number | null;
                    /** @enum {string} */
                    use: "dormitory" | "housing" | "shop" | "warehouse" | "factory" | "other";
                }[];
            } | null;
        };
        PublicCaseCreated: {
            id: string;
            token: string | null;
            trackingUrl: string;
        };
        PublicCaseCreatedInput: {
            id: string;
            token: string | null;
            trackingUrl: string;
        };
        PublicCaseView: {
            address: string | null;
            answer: string | null;
            callback: components["schemas"]["Callback"] | null;
            canRate: boolean;
            category: components["schemas"]["CategoryRef"] | null;
            closedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            description: string;
            handledBy: string | null;
            id: string;
            mergedInto: string | null;
            photoIds: string[];
            result: string | null;
            /** @enum {string} */
            status: "registered" | "dispatched" | "in_progress" | "reported" | "closed" | "returned" | "arbitration" | "suspended" | "void" | "merged";
            timeline: {
                action: string;
                /** Format: date-time */
                at: string;
                note: string | null;
                unitName: string | null;
            }[];
        };
        PublicCaseViewInput: {
            address: string | null;
            answer: string | null;
            callback: components["schemas"]["CallbackInput"] | null;
            canRate: boolean;
            category: components["schemas"]["CategoryRefInput"] | null;
            closedAt: unknown | null;
            createdAt: unknown;
            description: string;
            handledBy: string | null;
            id: string;
            mergedInto: string | null;
            photoIds: string[];
            result: string | null;
            /** @enum {string} */
            status: "registered" | "dispatched" | "in_progress" | "reported" | "closed" | "returned" | "arbitration" | "suspended" | "void" | "merged";
            timeline: {
                action: string;
                at: unknown;
                note: string | null;
                unitName: string | null;
            }[];
        };
        PublicStreetMap: {
            features: {
                geometry: unknown;
                id: string;
                properties: {
                    code: string;
                    kind: string;
                    /** @enum {string} */
                    level: "city" | "district" | "street" | "community";
                    name: string;
                };
                /** @constant */
                type: "Feature";
            }[];
            /** @constant */
            type: "FeatureCollection";
        };
        PublicStreetMapInput: {
            features: {
                geometry: unknown;
                id: string;
                properties: {
                    code: string;
                    kind: string;
                    /** @enum {string} */
                    level: "city" | "district" | "street" | "community";
                    name: string;
                };
                /** @constant */
                type: "Feature";
            }[];
            /** @constant */
            type: "FeatureCollection";
        };
        QuickFix: {
            accuracyM: number | null;
            addressId: string | null;
            afterUploadIds: string[];
            beforeUploadIds: string[];
            categoryCode: string | null;
            description: string;
            grid: components["schemas"]["CodeName"];
            id: string;
            lat: number | null;
            lon: number | null;
            patrolId: string | null;
            /** Format: date-time */
            settledAt: string;
            version: number;
            worker: {
                id: string;
                name: string;
            };
        };
        QuickFixInput: {
            accuracyM: number | null;
            addressId: string | null;
            afterUploadIds: string[];
            beforeUploadIds: string[];
            categoryCode: string | null;
            description: string;
            grid: components["schemas"]["CodeNameInput"];
            id: string;
            lat: number | null;
            lon: number | null;
            patrolId: string | null;
            /** Format: date-time */
            settledAt: string;
            version: number;
            worker: {
                id: string;
                name: string;
            };
        };
        QuickFixReceipt: {
            instanceId: string;
            outcome: components["schemas"]["SubmissionOutcome"];
            quickFix: components["schemas"]["QuickFix"];
        };
        QuickFixReceiptInput: {
            instanceId: string;
            outcome: components["schemas"]["SubmissionOutcomeInput"];
            quickFix: components["schemas"]["QuickFixInput"];
        };
        QuickFixSubmission: {
            accuracyM?: number | null;
            addressId?: string | null;
            afterUploadIds: string[];
            beforeUploadIds: string[];
            categoryCode?: string | null;
            description: string;
            deviceAt?: string | null;
            gridCode?: string | null;
            instanceId: string;
            lat?: number | null;
            lon?: number | null;
            patrolInstanceId?: string | null;
            reason?: string | null;
            replaces?: string | null;
            /** Format: date-time */
            settledAt: string;
        };
        QuickFixSubmissionInput: {
            accuracyM?: number | null;
            addressId?: string | null;
            afterUploadIds: string[];
            beforeUploadIds: string[];
            categoryCode?: string | null;
            description: string;
            deviceAt?: string | null;
            gridCode?: string | null;
            instanceId: string;
            lat?: number | null;
            lon?: number | null;
            patrolInstanceId?: string | null;
            reason?: string | null;
            replaces?: string | null;
            /** Format: date-time */
            settledAt: string;
        };
        Ranking: {
            /** @enum {string} */
            group: "street" | "town" | "department" | "enterprise" | "community";
            ownUnitId: string;
            period: components["schemas"]["Period"];
            previousPeriod: components["schemas"]["Period"];
            rows: components["schemas"]["RankingRow"][];
            seesAll: boolean;
            settings: components["schemas"]["AssessmentSettings"];
        };
        RankingInput: {
            /** @enum {string} */
            group: "street" | "town" | "department" | "enterprise" | "community";
            ownUnitId: string;
            period: components["schemas"]["PeriodInput"];
            previousPeriod: components["schemas"]["PeriodInput"];
            rows: components["schemas"]["RankingRowInput"][];
            seesAll: boolean;
            settings: components["schemas"]["AssessmentSettingsInput"];
        };
        RankingRow: {
            change: number | null;
            counts: components["schemas"]["RateCounts"];
            /** @enum {string} */
            group: "street" | "town" | "department" | "enterprise" | "community";
            name: string;
            previous: {
                composite: number | null;
                rank: number | null;
            };
            rank: number | null;
            rates: components["schemas"]["Rates"];
            unitId: string;
            whistle: {
                onTime: number;
                ratingAverage: number | null;
                summoned: number;
            } | null;
        };
        RankingRowInput: {
            change: number | null;
            counts: components["schemas"]["RateCountsInput"];
            /** @enum {string} */
            group: "street" | "town" | "department" | "enterprise" | "community";
            name: string;
            previous: {
                composite: number | null;
                rank: number | null;
            };
            rank: number | null;
            rates: components["schemas"]["RatesInput"];
            unitId: string;
            whistle: {
                onTime: number;
                ratingAverage: number | null;
                summoned: number;
            } | null;
        };
        RateCounts: {
            basicallySatisfied: number;
            callbacks: number;
            resolved: number;
            responseHit: number;
            responseMiss: number;
            satisfied: number;
            unsatisfied: number;
        };
        RateCountsInput: {
            basicallySatisfied: number;
            callbacks: number;
            resolved: number;
            responseHit: number;
            responseMiss: number;
            satisfied: number;
            unsatisfied: number;
        };
        Rates: {
            composite: number | null;
            reportInRate: number | null;
            resolutionRate: number | null;
            responseRate: number | null;
            satisfactionRate: number | null;
            streetRatingScore: number | null;
        };
        RatesInput: {
            composite: number | null;
            reportInRate: number | null;
            resolutionRate: number | null;
            responseRate: number | null;
            satisfactionRate: number | null;
            streetRatingScore: number | null;
        };
        RegionInfo: {
            childCount: number;
            code: string;
            gridCount: number;
            households: number;
            /** @enum {string} */
            level: "city" | "district" | "street" | "community";
            name: string;
            parentCode: string | null;
            path: components["schemas"]["RegionRef"][];
        };
        RegionInfoInput: {
            childCount: number;
            code: string;
            gridCount: number;
            households: number;
            /** @enum {string} */
            level: "city" | "district" | "street" | "community";
            name: string;
            parentCode: string | null;
            path: components["schemas"]["RegionRefInput"][];
        };
        RegionMap: {
            features: components["schemas"]["MapFeature"][];
            /** @constant */
            type: "FeatureCollection";
        };
        RegionMapInput: {
            features: components["schemas"]["MapFeatureInput"][];
            /** @constant */
            type: "FeatureCollection";
        };
        RegionNode: {
            children: components["schemas"]["RegionNode"][];
            code: string;
            /** @enum {string} */
            level: "city" | "district" | "street" | "community";
            name: string;
        };
        RegionNodeInput: {
            children: components["schemas"]["RegionNodeInput"][];
            code: string;
            /** @enum {string} */
            level: "city" | "district" | "street" | "community";
            name: string;
        };
        RegionRef: {
            code: string;
            /** @enum {string} */
            level: "city" | "district" | "street" | "community";
            name: string;
        };
        RegionRefInput: {
            code: string;
            /** @enum {string} */
            level: "city" | "district" | "street" | "community";
            name: string;
        };
        ReplyScore: {
            caseId: string;
            flags: {
                key: string;
                params?: {
                    [key: string]: string | number;
                };
            }[];
            id: string;
            minScore: number;
            parts: {
                attitude: {
                    max: number;
                    reasons: {
                        key: string;
                        params?: {
                            [key: string]: string | number;
                        };
                    }[];
                    score: number;
                };
                completeness: {
                    max: number;
                    reasons: {
                        key: string;
                        params?: {
                            [key: string]: string | number;
                        };
                    }[];
                    score: number;
                };
                interpretability: {
                    max: number;
                    reasons: {
                        key: string;
                        params?: {
                            [key: string]: string | number;
                        };
                    }[];
                    score: number;
                };
                relevance: {
                    max: number;
                    reasons: {
                        key: string;
                        params?: {
                            [key: string]: string | number;
                        };
                    }[];
                    score: number;
                };
                timeliness: {
                    max: number;
                    reasons: {
                        key: string;
                        params?: {
                            [key: string]: string | number;
                        };
                    }[];
                    score: number;
                };
            };
            reviewedAt: string | null;
            /** Format: date-time */
            scoredAt: string;
            /** @enum {string} */
            status: "passed" | "held" | "approved" | "returned" | "superseded";
            total: number;
            unit: components["schemas"]["IdName"];
        };
        ReplyScoreInput: {
            caseId: string;
            flags: {
                key: string;
                params?: {
                    [key: string]: string | number;
                };
            }[];
            id: string;
            minScore: number;
            parts: {
                attitude: {
                    max: number;
                    reasons: {
                        key: string;
                        params?: {
                            [key: string]: string | number;
                        };
                    }[];
                    score: number;
                };
                completeness: {
                    max: number;
                    reasons: {
                        key: string;
                        params?: {
                            [key: string]: string | number;
                        };
                    }[];
                    score: number;
                };
                interpretability: {
                    max: number;
                    reasons: {
                        key: string;
                        params?: {
                            [key: string]: string | number;
                        };
                    }[];
                    score: number;
                };
                relevance: {
                    max: number;
                    reasons: {
                        key: string;
                        params?: {
                            [key: string]: string | number;
                        };
                    }[];
                    score: number;
                };
                timeliness: {
                    max: number;
                    reasons: {
                        key: string;
                        params?: {
                            [key: string]: string | number;
                        };
                    }[];
                    score: number;
                };
            };
            reviewedAt: unknown | null;
            scoredAt: unknown;
            /** @enum {string} */
            status: "passed" | "held" | "approved" | "returned" | "superseded";
            total: number;
            unit: components["schemas"]["IdNameInput"];
        };
        ReportCell: {
            corrected: boolean;
            filledAt: string | null;
            key: string;
            original: number | string | boolean | null;
            provenance: components["schemas"]["ReportProvenance"] | null;
            reason: string | null;
            /** @enum {string} */
            source: "query" | "manual";
            value: number | string | boolean | null;
        };
        ReportCellInput: {
            corrected: boolean;
            filledAt: string | null;
            key: string;
            original: number | string | boolean | null;
            provenance: components["schemas"]["ReportProvenanceInput"] | null;
            reason: string | null;
            /** @enum {string} */
            source: "query" | "manual";
            value: number | string | boolean | null;
        };
        ReportConsolidated: {
            columns: ({
                key: string;
                /** @constant */
                kind: "query";
                label: string;
                query: {
                    ageBand?: {
                        max?: number;
                        min?: number;
                    };
                    /**
                     * @default {
                     *       "fn": "count"
                     *     }
                     */
                    aggregate: {
                        /** @constant */
                        fn: "count";
                    } | {
                        field: string;
                        /** @constant */
                        fn: "sum";
                    };
                    /** @enum {string} */
                    entity: "person" | "residence" | "house" | "rental" | "organisation" | "person_tag";
                    /** @default [] */
                    filters: {
                        field: string;
                        /** @enum {string} */
                        op: "eq" | "in";
                        values: (string | boolean)[];
                    }[];
                    /**
                     * @default community
                     * @enum {string}
                     */
                    groupBy: "community" | "grid";
                };
            } | {
                key: string;
                /** @constant */
                kind: "manual";
                label: string;
                max?: number;
                maxLength?: number;
                min?: number;
                /** @default true */
                required: boolean;
                /** @enum {string} */
                type: "number" | "text" | "boolean";
            })[];
            rows: {
                communityCode: string;
                communityName: string;
                corrected: string[];
                instanceId: string;
                overdue: boolean;
                /** @enum {string} */
                status: "draft" | "submitted" | "returned" | "accepted";
                streetName: string;
                values: {
                    [key: string]: number | string | boolean | null;
                };
            }[];
            sending: components["schemas"]["ReportSending"];
            totals: {
                [key: string]: number | null;
            };
        };
        ReportConsolidatedInput: {
            columns: ({
                key: string;
                /** @constant */
                kind: "query";
                label: string;
                query: {
                    ageBand?: {
                        max?: number;
                        min?: number;
                    };
                    /**
                     * @default {
                     *       "fn": "count"
                     *     }
                     */
                    aggregate: {
                        /** @constant */
                        fn: "count";
                    } | {
                        field: string;
                        /** @constant */
                        fn: "sum";
                    };
                    /** @enum {string} */
                    entity: "person" | "residence" | "house" | "rental" | "organisation" | "person_tag";
                    /** @default [] */
                    filters: {
                        field: string;
                        /** @enum {string} */
                        op: "eq" | "in";
                        values: (string | boolean)[];
                    }[];
                    /**
                     * @default community
                     * @enum {string}
                     */
                    groupBy: "community" | "grid";
                };
            } | {
                key: string;
                /** @constant */
                kind: "manual";
                label: string;
                max?: number;
                maxLength?: number;
                min?: number;
                /** @default true */
                required: boolean;
                /** @enum {string} */
                type: "number" | "text" | "boolean";
            })[];
            rows: {
                communityCode: string;
                communityName: string;
                corrected: string[];
                instanceId: string;
                overdue: boolean;
                /** @enum {string} */
                status: "draft" | "submitted" | "returned" | "accepted";
                streetName: string;
                values: {
                    [key: string]: number | string | boolean | null;
                };
            }[];
            sending: components["schemas"]["ReportSendingInput"];
            totals: {
                [key: string]: number | null;
            };
        };
        Reporter: {
            anonymous: boolean;
            name: string | null;
            phone: string | null;
        };
        ReporterInput: {
            anonymous: boolean;
            name: string | null;
            phone: string | null;
        };
        ReportInstance: {
            acceptedAt: string | null;
            asOf: string;
            can: {
                edit: boolean;
                review: boolean;
                submit: boolean;
            };
            cells: components["schemas"]["ReportCell"][];
            columns: ({
                key: string;
                /** @constant */
                kind: "query";
                label: string;
                query: {
                    ageBand?: {
                        max?: number;
                        min?: number;
                    };
                    /**
                     * @default {
                     *       "fn": "count"
                     *     }
                     */
                    aggregate: {
                        /** @constant */
                        fn: "count";
                    } | {
                        field: string;
                        /** @constant */
                        fn: "sum";
                    };
                    /** @enum {string} */
                    entity: "person" | "residence" | "house" | "rental" | "organisation" | "person_tag";
                    /** @default [] */
                    filters: {
                        field: string;
                        /** @enum {string} */
                        op: "eq" | "in";
                        values: (string | boolean)[];
                    }[];
                    /**
                     * @default community
                     * @enum {string}
                     */
                    groupBy: "community" | "grid";
                };
            } | {
                key: string;
                /** @constant */
                kind: "manual";
                label: string;
                max?: number;
                maxLength?: number;
                min?: number;
                /** @default true */
                required: boolean;
                /** @enum {string} */
                type: "number" | "text" | "boolean";
            })[];
            communityCode: string;
            communityName: string;
            dueAt: string;
            id: string;
            issuingUnitName: string;
            overdue: boolean;
            period: string;
            referenceDay: string;
            returnReason: string | null;
            sendingId: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "returned" | "accepted";
            streetName: string;
            submittedAt: string | null;
            templateId: string;
            templateName: string;
        };
        ReportInstanceInput: {
            acceptedAt: string | null;
            asOf: string;
            can: {
                edit: boolean;
                review: boolean;
                submit: boolean;
            };
            cells: components["schemas"]["ReportCellInput"][];
            columns: ({
                key: string;
                /** @constant */
                kind: "query";
                label: string;
                query: {
                    ageBand?: {
                        max?: number;
                        min?: number;
                    };
                    /**
                     * @default {
                     *       "fn": "count"
                     *     }
                     */
                    aggregate: {
                        /** @constant */
                        fn: "count";
                    } | {
                        field: string;
                        /** @constant */
                        fn: "sum";
                    };
                    /** @enum {string} */
                    entity: "person" | "residence" | "house" | "rental" | "organisation" | "person_tag";
                    /** @default [] */
                    filters: {
                        field: string;
                        /** @enum {string} */
                        op: "eq" | "in";
                        values: (string | boolean)[];
                    }[];
                    /**
                     * @default community
                     * @enum {string}
                     */
                    groupBy: "community" | "grid";
                };
            } | {
                key: string;
                /** @constant */
                kind: "manual";
                label: string;
                max?: number;
                maxLength?: number;
                min?: number;
                /** @default true */
                required: boolean;
                /** @enum {string} */
                type: "number" | "text" | "boolean";
            })[];
            communityCode: string;
            communityName: string;
            dueAt: string;
            id: string;
            issuingUnitName: string;
            overdue: boolean;
            period: string;
            referenceDay: string;
            returnReason: string | null;
            sendingId: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "returned" | "accepted";
            streetName: string;
            submittedAt: string | null;
            templateId: string;
            templateName: string;
        };
        ReportInstanceList: {
            items: components["schemas"]["ReportInstanceSummary"][];
        };
        ReportInstanceListInput: {
            items: components["schemas"]["ReportInstanceSummaryInput"][];
        };
        ReportInstanceSummary: {
            acceptedAt: string | null;
            communityCode: string;
            communityName: string;
            dueAt: string;
            id: string;
            issuingUnitName: string;
            overdue: boolean;
            period: string;
            returnReason: string | null;
            sendingId: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "returned" | "accepted";
            streetName: string;
            submittedAt: string | null;
            templateId: string;
            templateName: string;
        };
        ReportInstanceSummaryInput: {
            acceptedAt: string | null;
            communityCode: string;
            communityName: string;
            dueAt: string;
            id: string;
            issuingUnitName: string;
            overdue: boolean;
            period: string;
            returnReason: string | null;
            sendingId: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "returned" | "accepted";
            streetName: string;
            submittedAt: string | null;
            templateId: string;
            templateName: string;
        };
        ReportProvenance: {
            asOf: string;
            byGrid?: {
                [key: string]: number;
            };
            count: number;
            query: {
                [key: string]: unknown;
            };
            referenceDay: string;
            sources: {
                claimed: number;
                entered: number;
                verified: number;
            };
            value: number;
        };
        ReportProvenanceInput: {
            asOf: string;
            byGrid?: {
                [key: string]: number;
            };
            count: number;
            query: {
                [key: string]: unknown;
            };
            referenceDay: string;
            sources: {
                claimed: number;
                entered: number;
                verified: number;
            };
            value: number;
        };
        ReportSavings: {
            communities: {
                auto: number;
                communityCode: string;
                communityName: string;
                corrected: number;
                instances: number;
                manual: number;
            }[];
            templates: {
                askedAgain: number;
                askedAgainColumns: {
                    indicator: string;
                    key: string;
                    label: string;
                }[];
                auto: number;
                corrected: number;
                instances: number;
                issuingUnitName: string;
                manual: number;
                name: string;
                templateId: string;
            }[];
            totals: {
                askedAgain: number;
                auto: number;
                corrected: number;
                instances: number;
                manual: number;
            };
        };
        ReportSavingsInput: {
            communities: {
                auto: number;
                communityCode: string;
                communityName: string;
                corrected: number;
                instances: number;
                manual: number;
            }[];
            templates: {
                askedAgain: number;
                askedAgainColumns: {
                    indicator: string;
                    key: string;
                    label: string;
                }[];
                auto: number;
                corrected: number;
                instances: number;
                issuingUnitName: string;
                manual: number;
                name: string;
                templateId: string;
            }[];
            totals: {
                askedAgain: number;
                auto: number;
                corrected: number;
                instances: number;
                manual: number;
            };
        };
        ReportSending: {
            asOf: string;
            counts: {
                accepted: number;
                draft: number;
                overdue: number;
                returned: number;
                submitted: number;
                total: number;
            };
            createdAt: string;
            dueAt: string;
            id: string;
            issuingUnitName: string;
            period: string;
            referenceDay: string;
            templateId: string;
            templateName: string;
        };
        ReportSendingInput: {
            asOf: string;
            counts: {
                accepted: number;
                draft: number;
                overdue: number;
                returned: number;
                submitted: number;
                total: number;
            };
            createdAt: string;
            dueAt: string;
            id: string;
            issuingUnitName: string;
            period: string;
            referenceDay: string;
            templateId: string;
            templateName: string;
        };
        ReportSendingList: {
            items: components["schemas"]["ReportSending"][];
        };
        ReportSendingListInput: {
            items: components["schemas"]["ReportSendingInput"][];
        };
        ReportTemplate: {
            askedAgain: {
                indicator: string;
                key: string;
            }[];
            can: {
                edit: boolean;
                review: boolean;
                send: boolean;
            };
            columns: ({
                key: string;
                /** @constant */
                kind: "query";
                label: string;
                query: {
                    ageBand?: {
                        max?: number;
                        min?: number;
                    };
                    /**
                     * @default {
                     *       "fn": "count"
                     *     }
                     */
                    aggregate: {
                        /** @constant */
                        fn: "count";
                    } | {
                        field: string;
                        /** @constant */
                        fn: "sum";
                    };
                    /** @enum {string} */
                    entity: "person" | "residence" | "house" | "rental" | "organisation" | "person_tag";
                    /** @default [] */
                    filters: {
                        field: string;
                        /** @enum {string} */
                        op: "eq" | "in";
                        values: (string | boolean)[];
                    }[];
                    /**
                     * @default community
                     * @enum {string}
                     */
                    groupBy: "community" | "grid";
                };
            } | {
                key: string;
                /** @constant */
                kind: "manual";
                label: string;
                max?: number;
                maxLength?: number;
                min?: number;
                /** @default true */
                required: boolean;
                /** @enum {string} */
                type: "number" | "text" | "boolean";
            })[];
            createdAt: string;
            deadlineWorkingDays: number;
            /** @enum {string} */
            frequency: "once" | "monthly" | "quarterly" | "yearly";
            id: string;
            issuingUnitId: string;
            issuingUnitName: string;
            legalBasis: string;
            name: string;
            reviewedAt: string | null;
            reviewNote: string | null;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected";
        };
        ReportTemplateInput: {
            askedAgain: {
                indicator: string;
                key: string;
            }[];
            can: {
                edit: boolean;
                review: boolean;
                send: boolean;
            };
            columns: ({
                key: string;
                /** @constant */
                kind: "query";
                label: string;
                query: {
                    ageBand?: {
                        max?: number;
                        min?: number;
                    };
                    /**
                     * @default {
                     *       "fn": "count"
                     *     }
                     */
                    aggregate: {
                        /** @constant */
                        fn: "count";
                    } | {
                        field: string;
                        /** @constant */
                        fn: "sum";
                    };
                    /** @enum {string} */
                    entity: "person" | "residence" | "house" | "rental" | "organisation" | "person_tag";
                    /** @default [] */
                    filters: {
                        field: string;
                        /** @enum {string} */
                        op: "eq" | "in";
                        values: (string | boolean)[];
                    }[];
                    /**
                     * @default community
                     * @enum {string}
                     */
                    groupBy: "community" | "grid";
                };
            } | {
                key: string;
                /** @constant */
                kind: "manual";
                label: string;
                max?: number;
                maxLength?: number;
                min?: number;
                /** @default true */
                required: boolean;
                /** @enum {string} */
                type: "number" | "text" | "boolean";
            })[];
            createdAt: string;
            deadlineWorkingDays: number;
            /** @enum {string} */
            frequency: "once" | "monthly" | "quarterly" | "yearly";
            id: string;
            issuingUnitId: string;
            issuingUnitName: string;
            legalBasis: string;
            name: string;
            reviewedAt: string | null;
            reviewNote: string | null;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected";
        };
        ReportTemplateList: {
            items: components["schemas"]["ReportTemplate"][];
        };
        ReportTemplateListInput: {
            items: components["schemas"]["ReportTemplateInput"][];
        };
        ResidenceView: {
            address: string;
            communityCode: string;
            gridCode: string | null;
            householdNo: string | null;
            houseId: string;
            /** @enum {string} */
            hukouStatus: "consistent" | "person_here_hukou_away" | "hukou_here_person_away";
            id: string;
            movedIn: string | null;
            movedOut: string | null;
            /** @enum {string} */
            populationType: "registered" | "floating" | "unsettled" | "overseas";
            relationToHead: string | null;
            /** @enum {string} */
            sourceState: "entered" | "claimed" | "verified";
            /** Format: date-time */
            stateAt: string;
            stateBy: string | null;
            version: number;
        };
        ResidenceViewInput: {
            address: string;
            communityCode: string;
            gridCode: string | null;
            householdNo: string | null;
            houseId: string;
            /** @enum {string} */
            hukouStatus: "consistent" | "person_here_hukou_away" | "hukou_here_person_away";
            id: string;
            movedIn: string | null;
            movedOut: string | null;
            /** @enum {string} */
            populationType: "registered" | "floating" | "unsettled" | "overseas";
            relationToHead: string | null;
            /** @enum {string} */
            sourceState: "entered" | "claimed" | "verified";
            /** Format: date-time */
            stateAt: string;
            stateBy: string | null;
            version: number;
        };
        ResolvedUnit: {
            unit: components["schemas"]["UnitRef"];
            /** @enum {string} */
            via: "fixed" | "local_street";
        };
        ResolvedUnitInput: {
            unit: components["schemas"]["UnitRefInput"];
            /** @enum {string} */
            via: "fixed" | "local_street";
        };
        RouteSuggestion: {
            reason: string;
            role: components["schemas"]["AssignmentRole"];
            score: number;
            unit: {
                id: string;
                kind: string;
                name: string;
            };
        };
        RouteSuggestionInput: {
            reason: string;
            role: components["schemas"]["AssignmentRoleInput"];
            score: number;
            unit: {
                id: string;
                kind: string;
                name: string;
            };
        };
        ServiceApplicationDetail: {
            applicant: {
                idNumber: string | null;
                name: string | null;
            };
            bundle: boolean;
            canHandOut: boolean;
            /** @enum {string} */
            channel: "street_centre" | "community" | "online" | "hotline";
            demo: boolean;
            dueAt: string | null;
            events: {
                /** Format: date-time */
                at: string;
                kind: string;
                note: string | null;
                unitName: string | null;
            }[];
            handedOutAt: string | null;
            id: string;
            items: {
                code: string;
                id: string;
                name: string;
            }[];
            /** @enum {string} */
            light: "green" | "yellow" | "red" | "done";
            materials: components["schemas"]["ServiceApplicationMaterial"][];
            mergedAt: string | null;
            myStageIds: string[];
            note: string | null;
            obligations: components["schemas"]["ServiceObligation"][];
            outcome: ("approved" | "rejected") | null;
            overdue: boolean;
            owed: number;
            /** Format: date-time */
            receivedAt: string;
            stages: components["schemas"]["ServiceStage"][];
            stagesDone: number;
            stagesTotal: number;
            /** @enum {string} */
            status: "received" | "accepted" | "accepted_tolerant" | "handling" | "merged" | "handed_out" | "rejected" | "withdrawn";
            title: string;
            tolerant: boolean;
            trackingCode: string;
            window: {
                id: string;
                name: string;
            };
        };
        ServiceApplicationDetailInput: {
            applicant: {
                idNumber: string | null;
                name: string | null;
            };
            bundle: boolean;
            canHandOut: boolean;
            /** @enum {string} */
            channel: "street_centre" | "community" | "online" | "hotline";
            demo: boolean;
            dueAt: unknown | null;
            events: {
                at: unknown;
                kind: string;
                note: string | null;
                unitName: string | null;
            }[];
            handedOutAt: unknown | null;
            id: string;
            items: {
                code: string;
                id: string;
                name: string;
            }[];
            /** @enum {string} */
            light: "green" | "yellow" | "red" | "done";
            materials: components["schemas"]["ServiceApplicationMaterialInput"][];
            mergedAt: unknown | null;
            myStageIds: string[];
            note: string | null;
            obligations: components["schemas"]["ServiceObligationInput"][];
            outcome: ("approved" | "rejected") | null;
            overdue: boolean;
            owed: number;
            receivedAt: unknown;
            stages: components["schemas"]["ServiceStageInput"][];
            stagesDone: number;
            stagesTotal: number;
            /** @enum {string} */
            status: "received" | "accepted" | "accepted_tolerant" | "handling" | "merged" | "handed_out" | "rejected" | "withdrawn";
            title: string;
            tolerant: boolean;
            trackingCode: string;
            window: {
                id: string;
                name: string;
            };
        };
        ServiceApplicationMaterial: {
            checkPoints?: string;
            code: string;
            /** @default 1 */
            copies: number;
            issuer?: string;
            itemCodes: string[];
            /** @default false */
            key: boolean;
            name: string;
            /** @default true */
            required: boolean;
            /** @enum {string} */
            state: "uploaded" | "verified" | "promised" | "absent";
            uploadId: string | null;
        };
        ServiceApplicationMaterialInput: {
            checkPoints?: string;
            code: string;
            /** @default 1 */
            copies: number;
            issuer?: string;
            itemCodes: string[];
            /** @default false */
            key: boolean;
            name: string;
            /** @default true */
            required: boolean;
            /** @enum {string} */
            state: "uploaded" | "verified" | "promised" | "absent";
            uploadId: string | null;
        };
        ServiceApplicationSummary: {
            applicant: {
                idNumber: string | null;
                name: string | null;
            };
            bundle: boolean;
            /** @enum {string} */
            channel: "street_centre" | "community" | "online" | "hotline";
            demo: boolean;
            dueAt: string | null;
            id: string;
            /** @enum {string} */
            light: "green" | "yellow" | "red" | "done";
            overdue: boolean;
            owed: number;
            /** Format: date-time */
            receivedAt: string;
            stagesDone: number;
            stagesTotal: number;
            /** @enum {string} */
            status: "received" | "accepted" | "accepted_tolerant" | "handling" | "merged" | "handed_out" | "rejected" | "withdrawn";
            title: string;
            tolerant: boolean;
            trackingCode: string;
            window: {
                id: string;
                name: string;
            };
        };
        ServiceApplicationSummaryInput: {
            applicant: {
                idNumber: string | null;
                name: string | null;
            };
            bundle: boolean;
            /** @enum {string} */
            channel: "street_centre" | "community" | "online" | "hotline";
            demo: boolean;
            dueAt: unknown | null;
            id: string;
            /** @enum {string} */
            light: "green" | "yellow" | "red" | "done";
            overdue: boolean;
            owed: number;
            receivedAt: unknown;
            stagesDone: number;
            stagesTotal: number;
            /** @enum {string} */
            status: "received" | "accepted" | "accepted_tolerant" | "handling" | "merged" | "handed_out" | "rejected" | "withdrawn";
            title: string;
            tolerant: boolean;
            trackingCode: string;
            window: {
                id: string;
                name: string;
            };
        };
        ServiceBundleDetail: {
            active: boolean;
            code: string;
            description: string;
            id: string;
            items: components["schemas"]["ServiceItemSummary"][];
            materials: components["schemas"]["ServiceBundleMaterial"][];
            name: string;
            nameEn: string;
            promisedDays: number;
        };
        ServiceBundleDetailInput: {
            active: boolean;
            code: string;
            description: string;
            id: string;
            items: components["schemas"]["ServiceItemSummaryInput"][];
            materials: components["schemas"]["ServiceBundleMaterialInput"][];
            name: string;
            nameEn: string;
            promisedDays: number;
        };
        ServiceBundleMaterial: {
            checkPoints?: string;
            code: string;
            /** @default 1 */
            copies: number;
            issuer?: string;
            itemCodes: string[];
            /** @default false */
            key: boolean;
            name: string;
            /** @default true */
            required: boolean;
        };
        ServiceBundleMaterialInput: {
            checkPoints?: string;
            code: string;
            /** @default 1 */
            copies: number;
            issuer?: string;
            itemCodes: string[];
            /** @default false */
            key: boolean;
            name: string;
            /** @default true */
            required: boolean;
        };
        ServiceDepartment: {
            days: number;
            unitId: string;
            unitName: string;
        };
        ServiceDepartmentInput: {
            days: number;
            unitId: string;
            unitName: string;
        };
        ServiceItemDetail: {
            active: boolean;
            code: string;
            demo: boolean;
            departments: components["schemas"]["ServiceDepartment"][];
            guide: {
                /** @default  */
                complaint: string;
                /** @default  */
                conditions: string;
                /** @default  */
                contact: string;
                /** @default 不收费 */
                fees: string;
                /** @default  */
                legalBasis: string;
                /** @default [] */
                materials: {
                    checkPoints?: string;
                    code: string;
                    /** @default 1 */
                    copies: number;
                    issuer?: string;
                    /** @default false */
                    key: boolean;
                    name: string;
                    /** @default true */
                    required: boolean;
                }[];
                promisedDays: number;
                /** @default [] */
                steps: string[];
                /** @default 1 */
                visits: number;
                /** @default  */
                where: string;
            };
            id: string;
            materialsCount: number;
            name: string;
            nameEn: string;
            promisedDays: number;
            publicPath: string;
            visits: number;
        };
        ServiceItemDetailInput: {
            active: boolean;
            code: string;
            demo: boolean;
            departments: components["schemas"]["ServiceDepartmentInput"][];
            guide: {
                /** @default  */
                complaint: string;
                /** @default  */
                conditions: string;
                /** @default  */
                contact: string;
                /** @default 不收费 */
                fees: string;
                /** @default  */
                legalBasis: string;
                /** @default [] */
                materials: {
                    checkPoints?: string;
                    code: string;
                    /** @default 1 */
                    copies: number;
                    issuer?: string;
                    /** @default false */
                    key: boolean;
                    name: string;
                    /** @default true */
                    required: boolean;
                }[];
                promisedDays: number;
                /** @default [] */
                steps: string[];
                /** @default 1 */
                visits: number;
                /** @default  */
                where: string;
            };
            id: string;
            materialsCount: number;
            name: string;
            nameEn: string;
            promisedDays: number;
            publicPath: string;
            visits: number;
        };
        ServiceItemSummary: {
            active: boolean;
            code: string;
            demo: boolean;
            departments: components["schemas"]["ServiceDepartment"][];
            id: string;
            materialsCount: number;
            name: string;
            nameEn: string;
            promisedDays: number;
            visits: number;
        };
        ServiceItemSummaryInput: {
            active: boolean;
            code: string;
            demo: boolean;
            departments: components["schemas"]["ServiceDepartmentInput"][];
            id: string;
            materialsCount: number;
            name: string;
            nameEn: string;
            promisedDays: number;
            visits: number;
        };
        ServiceObligation: {
            /** Format: date-time */
            dueAt: string;
            fulfilledAt: string | null;
            materialCode: string;
            materialName: string;
            /** @enum {string} */
            state: "open" | "overdue" | "fulfilled";
        };
        ServiceObligationInput: {
            dueAt: unknown;
            fulfilledAt: unknown | null;
            materialCode: string;
            materialName: string;
            /** @enum {string} */
            state: "open" | "overdue" | "fulfilled";
        };
        ServicePublicItem: {
            code: string;
            demo: boolean;
            departments: string[];
            guide: {
                /** @default  */
                complaint: string;
                /** @default  */
                conditions: string;
                /** @default  */
                contact: string;
                /** @default 不收费 */
                fees: string;
                /** @default  */
                legalBasis: string;
                /** @default [] */
                materials: {
                    checkPoints?: string;
                    code: string;
                    /** @default 1 */
                    copies: number;
                    issuer?: string;
                    /** @default false */
                    key: boolean;
                    name: string;
                    /** @default true */
                    required: boolean;
                }[];
                promisedDays: number;
                /** @default [] */
                steps: string[];
                /** @default 1 */
                visits: number;
                /** @default  */
                where: string;
            };
            id: string;
            name: string;
            nameEn: string;
        };
        ServicePublicItemInput: {
            code: string;
            demo: boolean;
            departments: string[];
            guide: {
                /** @default  */
                complaint: string;
                /** @default  */
                conditions: string;
                /** @default  */
                contact: string;
                /** @default 不收费 */
                fees: string;
                /** @default  */
                legalBasis: string;
                /** @default [] */
                materials: {
                    checkPoints?: string;
                    code: string;
                    /** @default 1 */
                    copies: number;
                    issuer?: string;
                    /** @default false */
                    key: boolean;
                    name: string;
                    /** @default true */
                    required: boolean;
                }[];
                promisedDays: number;
                /** @default [] */
                steps: string[];
                /** @default 1 */
                visits: number;
                /** @default  */
                where: string;
            };
            id: string;
            name: string;
            nameEn: string;
        };
        ServicePublicTrack: {
            applicant: string | null;
            dueAt: string | null;
            handedOutAt: string | null;
            obligations: components["schemas"]["ServiceObligation"][];
            outcome: ("approved" | "rejected") | null;
            /** Format: date-time */
            receivedAt: string;
            stages: {
                decidedAt: string | null;
                /** Format: date-time */
                dueAt: string;
                item: string;
                /** @enum {string} */
                light: "green" | "yellow" | "red" | "done";
                /** @enum {string} */
                status: "pending" | "accepted" | "more_requested" | "approved" | "rejected";
                unit: string;
            }[];
            /** @enum {string} */
            status: "received" | "accepted" | "accepted_tolerant" | "handling" | "merged" | "handed_out" | "rejected" | "withdrawn";
            title: string;
            tolerant: boolean;
            trackingCode: string;
            window: string;
        };
        ServicePublicTrackInput: {
            applicant: string | null;
            dueAt: unknown | null;
            handedOutAt: unknown | null;
            obligations: components["schemas"]["ServiceObligationInput"][];
            outcome: ("approved" | "rejected") | null;
            receivedAt: unknown;
            stages: {
                decidedAt: unknown | null;
                dueAt: unknown;
                item: string;
                /** @enum {string} */
                light: "green" | "yellow" | "red" | "done";
                /** @enum {string} */
                status: "pending" | "accepted" | "more_requested" | "approved" | "rejected";
                unit: string;
            }[];
            /** @enum {string} */
            status: "received" | "accepted" | "accepted_tolerant" | "handling" | "merged" | "handed_out" | "rejected" | "withdrawn";
            title: string;
            tolerant: boolean;
            trackingCode: string;
            window: string;
        };
        ServiceStage: {
            applicationId: string;
            days: number;
            decidedAt: string | null;
            /** Format: date-time */
            dueAt: string;
            id: string;
            item: {
                code: string;
                id: string;
                name: string;
            };
            late: boolean;
            /** @enum {string} */
            light: "green" | "yellow" | "red" | "done";
            note: string | null;
            overdue: boolean;
            /** Format: date-time */
            startAt: string;
            /** @enum {string} */
            status: "pending" | "accepted" | "more_requested" | "approved" | "rejected";
            title: string;
            trackingCode: string;
            unit: {
                id: string;
                name: string;
            };
        };
        ServiceStageInput: {
            applicationId: string;
            days: number;
            decidedAt: unknown | null;
            dueAt: unknown;
            id: string;
            item: {
                code: string;
                id: string;
                name: string;
            };
            late: boolean;
            /** @enum {string} */
            light: "green" | "yellow" | "red" | "done";
            note: string | null;
            overdue: boolean;
            startAt: unknown;
            /** @enum {string} */
            status: "pending" | "accepted" | "more_requested" | "approved" | "rejected";
            title: string;
            trackingCode: string;
            unit: {
                id: string;
                name: string;
            };
        };
        /** @enum {string} */
        SubmissionOutcome: "created" | "duplicate" | "new_version";
        /** @enum {string} */
        SubmissionOutcomeInput: "created" | "duplicate" | "new_version";
        Summon: {
            dueAt: string | null;
            late: boolean;
            missedAt: string | null;
            rating: components["schemas"]["WhistleRating"] | null;
            reportAccuracy: number | null;
            reportedAt: string | null;
            reportedBy: string | null;
            reportLat: number | null;
            reportLon: number | null;
            reportNote: string | null;
            /** @enum {string} */
            status: "summoned" | "reported" | "late" | "missing";
            summonedAt: string | null;
            unit: components["schemas"]["UnitRef"];
        };
        SummonInput: {
            dueAt: string | null;
            late: boolean;
            missedAt: string | null;
            rating: components["schemas"]["WhistleRatingInput"] | null;
            reportAccuracy: number | null;
            reportedAt: string | null;
            reportedBy: string | null;
            reportLat: number | null;
            reportLon: number | null;
            reportNote: string | null;
            /** @enum {string} */
            status: "summoned" | "reported" | "late" | "missing";
            summonedAt: string | null;
            unit: components["schemas"]["UnitRefInput"];
        };
        TimelineEvent: {
            action: string;
            actorName: string | null;
            /** Format: date-time */
            at: string;
            bySystem: boolean;
            fromStatus: ("registered" | "dispatched" | "in_progress" | "reported" | "closed" | "returned" | "arbitration" | "suspended" | "void" | "merged") | null;
            id: string;
            note: string | null;
            noteKey?: string;
            noteParams?: {
                [key: string]: string | number;
            };
            photoIds: string[];
            toResident: boolean;
            toStatus: ("registered" | "dispatched" | "in_progress" | "reported" | "closed" | "returned" | "arbitration" | "suspended" | "void" | "merged") | null;
            unitName: string | null;
        };
        TimelineEventInput: {
            action: string;
            actorName: string | null;
            at: unknown;
            bySystem: boolean;
            fromStatus: ("registered" | "dispatched" | "in_progress" | "reported" | "closed" | "returned" | "arbitration" | "suspended" | "void" | "merged") | null;
            id: string;
            note: string | null;
            noteKey?: string;
            noteParams?: {
                [key: string]: string | number;
            };
            photoIds: string[];
            toResident: boolean;
            toStatus: ("registered" | "dispatched" | "in_progress" | "reported" | "closed" | "returned" | "arbitration" | "suspended" | "void" | "merged") | null;
            unitName: string | null;
        };
        Unit: {
            active: boolean;
            id: string;
            jurisdiction: components["schemas"]["RegionRef"];
            /** @enum {string} */
            kind: "government" | "department" | "street_office" | "community" | "enterprise";
            name: string;
            parentId: string | null;
            parentName: string | null;
            phone: string | null;
            userCount: number;
        };
        UnitInput: {
            active: boolean;
            id: string;
            jurisdiction: components["schemas"]["RegionRefInput"];
            /** @enum {string} */
            kind: "government" | "department" | "street_office" | "community" | "enterprise";
            name: string;
            parentId: string | null;
            parentName: string | null;
            phone: string | null;
            userCount: number;
        };
        UnitRef: {
            id: string;
            /** @enum {string} */
            kind: "government" | "department" | "street_office" | "community" | "enterprise";
            name: string;
        };
        UnitRefInput: {
            id: string;
            /** @enum {string} */
            kind: "government" | "department" | "street_office" | "community" | "enterprise";
            name: string;
        };
        User: {
            active: boolean;
            id: string;
            locked: boolean;
            mustChangePassword: boolean;
            name: string;
            phoneMasked: string | null;
            roles: ("resident" | "grid_worker" | "operator" | "dispatcher" | "handler" | "street_lead" | "supervisor" | "admin" | "security_admin" | "audit_admin")[];
            totpEnabled: boolean;
            unit: components["schemas"]["IdName"];
            username: string;
        };
        UserDetail: {
            active: boolean;
            grids: components["schemas"]["CodeName"][];
            id: string;
            locked: boolean;
            mustChangePassword: boolean;
            name: string;
            phoneMasked: string | null;
            roles: ("resident" | "grid_worker" | "operator" | "dispatcher" | "handler" | "street_lead" | "supervisor" | "admin" | "security_admin" | "audit_admin")[];
            totpEnabled: boolean;
            unit: components["schemas"]["IdName"];
            username: string;
        };
        UserDetailInput: {
            active: boolean;
            grids: components["schemas"]["CodeNameInput"][];
            id: string;
            locked: boolean;
            mustChangePassword: boolean;
            name: string;
            phoneMasked: string | null;
            roles: ("resident" | "grid_worker" | "operator" | "dispatcher" | "handler" | "street_lead" | "supervisor" | "admin" | "security_admin" | "audit_admin")[];
            totpEnabled: boolean;
            unit: components["schemas"]["IdNameInput"];
            username: string;
        };
        UserInput: {
            active: boolean;
            id: string;
            locked: boolean;
            mustChangePassword: boolean;
            name: string;
            phoneMasked: string | null;
            roles: ("resident" | "grid_worker" | "operator" | "dispatcher" | "handler" | "street_lead" | "supervisor" | "admin" | "security_admin" | "audit_admin")[];
            totpEnabled: boolean;
            unit: components["schemas"]["IdNameInput"];
            username: string;
        };
        VisitDueItem: {
            assigned: boolean;
            /** @enum {string} */
            class: "P0" | "P1" | "P2" | "P3";
            /** Format: date-time */
            dueAt: string;
            lastVisitAt: string | null;
            level: string | null;
            person: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            reason: "first" | "interval" | "major_change";
            /** @enum {string} */
            state: "upcoming" | "due" | "overdue";
            tag: ("community_correction" | "released_prisoner" | "severe_mental" | "drug_user" | "key_youth" | "key_petitioner" | "elderly_alone" | "elderly_empty_nest" | "elderly_advanced" | "disabled" | "dibao" | "tekun" | "left_behind_child" | "entitled_group") | null;
            tagId: string;
        };
        VisitDueItemInput: {
            assigned: boolean;
            /** @enum {string} */
            class: "P0" | "P1" | "P2" | "P3";
            /** Format: date-time */
            dueAt: string;
            lastVisitAt: string | null;
            level: string | null;
            person: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            reason: "first" | "interval" | "major_change";
            /** @enum {string} */
            state: "upcoming" | "due" | "overdue";
            tag: ("community_correction" | "released_prisoner" | "severe_mental" | "drug_user" | "key_youth" | "key_petitioner" | "elderly_alone" | "elderly_empty_nest" | "elderly_advanced" | "disabled" | "dibao" | "tekun" | "left_behind_child" | "entitled_group") | null;
            tagId: string;
        };
        VisitReceipt: {
            baseWritten: {
                /** @enum {string} */
                entity: "residence" | "rental" | "house";
                id: string;
                version: number;
            }[];
            instanceId: string;
            outcome: components["schemas"]["SubmissionOutcome"];
            visit: {
                anomaly: boolean;
                id: string;
                /** @enum {string} */
                mode: "door" | "phone" | "video";
                personId: string;
                signoff: {
                    /** Format: date-time */
                    redAt: string;
                    unitId: string;
                    /** Format: date-time */
                    yellowAt: string;
                } | null;
                tagId: string | null;
                uploadIds: string[];
                version: number;
                /** Format: date-time */
                visitedAt: string;
            };
        };
        VisitReceiptInput: {
            baseWritten: {
                /** @enum {string} */
                entity: "residence" | "rental" | "house";
                id: string;
                version: number;
            }[];
            instanceId: string;
            outcome: components["schemas"]["SubmissionOutcomeInput"];
            visit: {
                anomaly: boolean;
                id: string;
                /** @enum {string} */
                mode: "door" | "phone" | "video";
                personId: string;
                signoff: {
                    /** Format: date-time */
                    redAt: string;
                    unitId: string;
                    /** Format: date-time */
                    yellowAt: string;
                } | null;
                tagId: string | null;
                uploadIds: string[];
                version: number;
                /** Format: date-time */
                visitedAt: string;
            };
        };
        VisitRuleEdit: {
            /** @default true */
            active: boolean;
            /** @default null */
            afterChangeWithinHours: number | null;
            /**
             * @default natural
             * @enum {string}
             */
            calendar: "natural" | "working";
            every: {
                count: number;
                /** @enum {string} */
                unit: "day" | "week" | "month";
            };
            /** @default null */
            firstWithin: {
                count: number;
                /** @enum {string} */
                unit: "day" | "week" | "month";
            } | null;
            level: string | null;
            /** @default  */
            source: string;
            /** @enum {string} */
            tag: "community_correction" | "released_prisoner" | "severe_mental" | "drug_user" | "key_youth" | "key_petitioner" | "elderly_alone" | "elderly_empty_nest" | "elderly_advanced" | "disabled" | "dibao" | "tekun" | "left_behind_child" | "entitled_group";
        };
        VisitRuleEditInput: {
            /** @default true */
            active: boolean;
            /** @default null */
            afterChangeWithinHours: number | null;
            /**
             * @default natural
             * @enum {string}
             */
            calendar: "natural" | "working";
            every: {
                count: number;
                /** @enum {string} */
                unit: "day" | "week" | "month";
            };
            /** @default null */
            firstWithin: {
                count: number;
                /** @enum {string} */
                unit: "day" | "week" | "month";
            } | null;
            level: string | null;
            /** @default  */
            source: string;
            /** @enum {string} */
            tag: "community_correction" | "released_prisoner" | "severe_mental" | "drug_user" | "key_youth" | "key_petitioner" | "elderly_alone" | "elderly_empty_nest" | "elderly_advanced" | "disabled" | "dibao" | "tekun" | "left_behind_child" | "entitled_group";
        };
        VisitRuleView: {
            /** @default null */
            afterChangeWithinHours: number | null;
            /**
             * @default natural
             * @enum {string}
             */
            calendar: "natural" | "working";
            default: {
                /** @default null */
                afterChangeWithinHours: number | null;
                /**
                 * @default natural
                 * @enum {string}
                 */
                calendar: "natural" | "working";
                every: {
                    count: number;
                    /** @enum {string} */
                    unit: "day" | "week" | "month";
                };
                /** @default null */
                firstWithin: {
                    count: number;
                    /** @enum {string} */
                    unit: "day" | "week" | "month";
                } | null;
                level: string | null;
                source: string;
                /** @enum {string} */
                tag: "community_correction" | "released_prisoner" | "severe_mental" | "drug_user" | "key_youth" | "key_petitioner" | "elderly_alone" | "elderly_empty_nest" | "elderly_advanced" | "disabled" | "dibao" | "tekun" | "left_behind_child" | "entitled_group";
            } | null;
            every: {
                count: number;
                /** @enum {string} */
                unit: "day" | "week" | "month";
            };
            /** @default null */
            firstWithin: {
                count: number;
                /** @enum {string} */
                unit: "day" | "week" | "month";
            } | null;
            level: string | null;
            /** @enum {string} */
            origin: "default" | "edited" | "added" | "disabled";
            source: string;
            /** @enum {string} */
            tag: "community_correction" | "released_prisoner" | "severe_mental" | "drug_user" | "key_youth" | "key_petitioner" | "elderly_alone" | "elderly_empty_nest" | "elderly_advanced" | "disabled" | "dibao" | "tekun" | "left_behind_child" | "entitled_group";
        };
        VisitRuleViewInput: {
            /** @default null */
            afterChangeWithinHours: number | null;
            /**
             * @default natural
             * @enum {string}
             */
            calendar: "natural" | "working";
            default: {
                /** @default null */
                afterChangeWithinHours: number | null;
                /**
                 * @default natural
                 * @enum {string}
                 */
                calendar: "natural" | "working";
                every: {
                    count: number;
                    /** @enum {string} */
                    unit: "day" | "week" | "month";
                };
                /** @default null */
                firstWithin: {
                    count: number;
                    /** @enum {string} */
                    unit: "day" | "week" | "month";
                } | null;
                level: string | null;
                source: string;
                /** @enum {string} */
                tag: "community_correction" | "released_prisoner" | "severe_mental" | "drug_user" | "key_youth" | "key_petitioner" | "elderly_alone" | "elderly_empty_nest" | "elderly_advanced" | "disabled" | "dibao" | "tekun" | "left_behind_child" | "entitled_group";
            } | null;
            every: {
                count: number;
                /** @enum {string} */
                unit: "day" | "week" | "month";
            };
            /** @default null */
            firstWithin: {
                count: number;
                /** @enum {string} */
                unit: "day" | "week" | "month";
            } | null;
            level: string | null;
            /** @enum {string} */
            origin: "default" | "edited" | "added" | "disabled";
            source: string;
            /** @enum {string} */
            tag: "community_correction" | "released_prisoner" | "severe_mental" | "drug_user" | "key_youth" | "key_petitioner" | "elderly_alone" | "elderly_empty_nest" | "elderly_advanced" | "disabled" | "dibao" | "tekun" | "left_behind_child" | "entitled_group";
        };
        VisitsDue: {
            counts: {
                due: number;
                overdue: number;
                upcoming: number;
            };
            items: components["schemas"]["VisitDueItem"][];
        };
        VisitsDueInput: {
            counts: {
                due: number;
                overdue: number;
                upcoming: number;
            };
            items: components["schemas"]["VisitDueItemInput"][];
        };
        VisitSignoff: {
            id: string;
            /** @enum {string} */
            light: "green" | "yellow" | "red";
            /** Format: date-time */
            redAt: string;
            repliedAt: string | null;
            reply: string | null;
            signedAt: string | null;
            signedBy: string | null;
            /** @enum {string} */
            state: "pending" | "signed" | "replied";
            visit: {
                anomalyNote: string | null;
                grid: string | null;
                id: string;
                /** @enum {string} */
                mode: "door" | "phone" | "video";
                person: string;
                tag: ("community_correction" | "released_prisoner" | "severe_mental" | "drug_user" | "key_youth" | "key_petitioner" | "elderly_alone" | "elderly_empty_nest" | "elderly_advanced" | "disabled" | "dibao" | "tekun" | "left_behind_child" | "entitled_group") | null;
                /** Format: date-time */
                visitedAt: string;
                worker: string;
            };
            /** Format: date-time */
            yellowAt: string;
        };
        VisitSignoffInput: {
            id: string;
            /** @enum {string} */
            light: "green" | "yellow" | "red";
            /** Format: date-time */
            redAt: string;
            repliedAt: string | null;
            reply: string | null;
            signedAt: string | null;
            signedBy: string | null;
            /** @enum {string} */
            state: "pending" | "signed" | "replied";
            visit: {
                anomalyNote: string | null;
                grid: string | null;
                id: string;
                /** @enum {string} */
                mode: "door" | "phone" | "video";
                person: string;
                tag: ("community_correction" | "released_prisoner" | "severe_mental" | "drug_user" | "key_youth" | "key_petitioner" | "elderly_alone" | "elderly_empty_nest" | "elderly_advanced" | "disabled" | "dibao" | "tekun" | "left_behind_child" | "entitled_group") | null;
                /** Format: date-time */
                visitedAt: string;
                worker: string;
            };
            /** Format: date-time */
            yellowAt: string;
        };
        VisitSignoffList: {
            counts: {
                pending: number;
                replied: number;
                signed: number;
            };
            items: components["schemas"]["VisitSignoff"][];
        };
        VisitSignoffListInput: {
            counts: {
                pending: number;
                replied: number;
                signed: number;
            };
            items: components["schemas"]["VisitSignoffInput"][];
        };
        VisitSubmission: {
            accuracyM?: number | null;
            /** @default false */
            anomaly: boolean;
            anomalyNote?: string | null;
            /** @default [] */
            baseUpdates: ({
                /** @constant */
                kind: "moved_out";
                /** Format: date */
                on: string;
                /** Format: uuid */
                residenceId: string;
            } | {
                /** Format: uuid */
                houseId: string;
                /** @constant */
                kind: "house_use";
                /** @constant */
                use: "rented";
            })[];
            /** @default {} */
            checklist: {
                [key: string]: "ok" | "attention" | "problem" | "not_checked";
            };
            deviceAt?: string | null;
            instanceId: string;
            lat?: number | null;
            lon?: number | null;
            /** @enum {string} */
            mode: "door" | "phone" | "video";
            note?: string | null;
            /** Format: uuid */
            personId: string;
            reason?: string | null;
            replaces?: string | null;
            /** @default null */
            tagId: string | null;
            /** @default [] */
            uploadIds: string[];
            /** Format: date-time */
            visitedAt: string;
        };
        VisitSubmissionInput: {
            accuracyM?: number | null;
            /** @default false */
            anomaly: boolean;
            anomalyNote?: string | null;
            /** @default [] */
            baseUpdates: ({
                /** @constant */
                kind: "moved_out";
                /** Format: date */
                on: string;
                /** Format: uuid */
                residenceId: string;
            } | {
                /** Format: uuid */
                houseId: string;
                /** @constant */
                kind: "house_use";
                /** @constant */
                use: "rented";
            })[];
            /** @default {} */
            checklist: {
                [key: string]: "ok" | "attention" | "problem" | "not_checked";
            };
            deviceAt?: string | null;
            instanceId: string;
            lat?: number | null;
            lon?: number | null;
            /** @enum {string} */
            mode: "door" | "phone" | "video";
            note?: string | null;
            /** Format: uuid */
            personId: string;
            reason?: string | null;
            replaces?: string | null;
            /** @default null */
            tagId: string | null;
            /** @default [] */
            uploadIds: string[];
            /** Format: date-time */
            visitedAt: string;
        };
        WhistleDetail: {
            actionRecord: string | null;
            address: string | null;
            can: {
                close: boolean;
                rate: boolean;
                recordAction: boolean;
                reportIn: boolean;
                void: boolean;
            };
            caseId: string | null;
            closedAt: string | null;
            description: string;
            events: components["schemas"]["WhistleEvent"][];
            gridCode: string | null;
            id: string;
            /** @enum {string} */
            kind: "difficult" | "joint_enforcement" | "emergency";
            lat: number | null;
            lon: number | null;
            openedAt: string | null;
            openedBy: string | null;
            outcome: string | null;
            reportDueAt: string | null;
            reportInMinutes: number;
            /** @enum {string} */
            status: "open" | "acting" | "closed" | "void";
            street: {
                code: string;
                name: string;
                unitId: string;
            };
            summons: components["schemas"]["Summon"][];
            title: string;
            voidReason: string | null;
        };
        WhistleDetailInput: {
            actionRecord: string | null;
            address: string | null;
            can: {
                close: boolean;
                rate: boolean;
                recordAction: boolean;
                reportIn: boolean;
                void: boolean;
            };
            caseId: string | null;
            closedAt: string | null;
            description: string;
            events: components["schemas"]["WhistleEventInput"][];
            gridCode: string | null;
            id: string;
            /** @enum {string} */
            kind: "difficult" | "joint_enforcement" | "emergency";
            lat: number | null;
            lon: number | null;
            openedAt: string | null;
            openedBy: string | null;
            outcome: string | null;
            reportDueAt: string | null;
            reportInMinutes: number;
            /** @enum {string} */
            status: "open" | "acting" | "closed" | "void";
            street: {
                code: string;
                name: string;
                unitId: string;
            };
            summons: components["schemas"]["SummonInput"][];
            title: string;
            voidReason: string | null;
        };
        WhistleEvent: {
            action: string;
            actorName: string | null;
            at: string | null;
            bySystem: boolean;
            id: string;
            note: string | null;
            noteKey?: string;
            noteParams?: {
                [key: string]: string | number;
            };
            unitName: string | null;
        };
        WhistleEventInput: {
            action: string;
            actorName: string | null;
            at: string | null;
            bySystem: boolean;
            id: string;
            note: string | null;
            noteKey?: string;
            noteParams?: {
                [key: string]: string | number;
            };
            unitName: string | null;
        };
        WhistleNearby: {
            center: {
                lat: number;
                lon: number;
            } | null;
            households: components["schemas"]["BaseNearbyHousehold"][];
            keyUnits: components["schemas"]["BaseKeyUnit"][];
            radiusM: number;
        };
        WhistleNearbyInput: {
            center: {
                lat: number;
                lon: number;
            } | null;
            households: components["schemas"]["BaseNearbyHouseholdInput"][];
            keyUnits: components["schemas"]["BaseKeyUnitInput"][];
            radiusM: number;
        };
        WhistlePage: {
            items: components["schemas"]["WhistleRow"][];
            page: number;
            pageSize: number;
            total: number;
        };
        WhistlePageInput: {
            items: components["schemas"]["WhistleRowInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        WhistleRating: {
            comment: string | null;
            cooperation: number;
            effect: number;
            punctuality: number;
            ratedAt: string | null;
            ratedBy: string | null;
        };
        WhistleRatingInput: {
            comment: string | null;
            cooperation: number;
            effect: number;
            punctuality: number;
            ratedAt: string | null;
            ratedBy: string | null;
        };
        WhistleRow: {
            address: string | null;
            caseId: string | null;
            closedAt: string | null;
            counts: {
                late: number;
                missing: number;
                reported: number;
                summoned: number;
            };
            id: string;
            /** @enum {string} */
            kind: "difficult" | "joint_enforcement" | "emergency";
            openedAt: string | null;
            reportDueAt: string | null;
            /** @enum {string} */
            status: "open" | "acting" | "closed" | "void";
            street: components["schemas"]["CodeName"];
            title: string;
        };
        WhistleRowInput: {
            address: string | null;
            caseId: string | null;
            closedAt: string | null;
            counts: {
                late: number;
                missing: number;
                reported: number;
                summoned: number;
            };
            id: string;
            /** @enum {string} */
            kind: "difficult" | "joint_enforcement" | "emergency";
            openedAt: string | null;
            reportDueAt: string | null;
            /** @enum {string} */
            status: "open" | "acting" | "closed" | "void";
            street: components["schemas"]["CodeNameInput"];
            title: string;
        };
        WhistleSettings: {
            communityMayWhistle: boolean;
            reportInMinutes: number;
        };
        WhistleSettingsInput: {
            communityMayWhistle: boolean;
            reportInMinutes: number;
        };
        WhistleStats: {
            from: string;
            to: string;
            units: components["schemas"]["WhistleUnitStats"][];
        };
        WhistleStatsInput: {
            from: string;
            to: string;
            units: components["schemas"]["WhistleUnitStatsInput"][];
        };
        WhistleUnitStats: {
            avgCooperation: number | null;
            avgEffect: number | null;
            avgPunctuality: number | null;
            late: number;
            missing: number;
            onTime: number;
            onTimeRate: number | null;
            pending: number;
            ratings: number;
            reportedIn: number;
            reportInRate: number | null;
            summoned: number;
            unit: components["schemas"]["UnitRef"];
        };
        WhistleUnitStatsInput: {
            avgCooperation: number | null;
            avgEffect: number | null;
            avgPunctuality: number | null;
            late: number;
            missing: number;
            onTime: number;
            onTimeRate: number | null;
            pending: number;
            ratings: number;
            reportedIn: number;
            reportInRate: number | null;
            summoned: number;
            unit: components["schemas"]["UnitRefInput"];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
